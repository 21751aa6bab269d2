package dev.cca.cli;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The help of every command in Chinese: picocli reads a command's description, footer and headings and each
 * option's description from the bundle of the run's language ({@code --lang zh} or a Chinese locale) before the
 * English of the annotations. Keys are picocli's: {@code usage.*} for sections, an option's longest name for its
 * description (shared by every command that has it), qualified by the command ({@code cca.batch.output}) where
 * commands differ, and {@code LABEL[INDEX]} for a positional parameter. Values derived from the code (formats, exit
 * codes, tools) come from {@link HelpText#derived}, in Chinese.
 */
public final class HelpText_zh extends HelpText {

    private static final String EX = "%n示例：%n";

    @Override
    protected Object[][] getContents() {
        // picocli reads a multi-line section as numbered keys (usage.footer.0, usage.footer.1, ...); a command with
        // examples gets their heading, one without (help) none.
        return Stream.concat(Arrays.stream(derived("zh")), Arrays.stream(TEXT).flatMap(e -> {
            Stream<Object[]> heading = e[0].toString().endsWith(".usage.footer")
                    ? Stream.<Object[]>of(new Object[] {e[0] + "Heading", EX}) : Stream.empty();
            return Stream.concat(heading, e[1] instanceof String[] lines
                    ? java.util.stream.IntStream.range(0, lines.length).mapToObj(i -> new Object[] {e[0] + "." + i, lines[i]})
                    : Stream.<Object[]>of(e));
        })).toArray(Object[][]::new);
    }

    private static final Object[][] TEXT = {
        // Sections
        {"usage.synopsisHeading", "用法：\u0020"},
        {"usage.commandListHeading", "%n命令：%n"},
        // Options every command shares
        {"help", "显示此帮助并退出。"},
        {"version", "显示版本信息并退出。"},
        {"rules", "规则集：内置规则集的 id（cca-default）或规则文件。默认：cca-default。"},
        {"lang", "消息与报告的语言。默认：取自区域设置（LC_ALL、LC_MESSAGES、LANG：zh_* 为中文），否则为 en。"},
        {"as-of", "参考日期（YYYY-MM-DD）：证据的时效按此计算，输入中的日期不得晚于它。默认：今天（每份结果都写明所用日期）；用于复现结果。"},
        {"quiet", "成功时只输出问题，不输出其他内容。"},
        {"no-color", "不使用颜色，即使输出到终端（也遵循 NO_COLOR）。"},
        {"verbose", "完整输出警告；发生内部错误时输出堆栈。"},
        {"encoding", "输入文件不是 UTF-8 时的编码，例如 Windows 工具保存的中文文本为 gb18030。"},
        {"max-file-size", "整体读取的最大输入文件（例如 128MiB，即默认值）。高于默认值时也适用于 --rules 规则文件（低于默认值时只限制输入）。"},
        {"max-documents", "一个文件中最多的 YAML 文档数。默认：1000000。"},
        {"max-depth", "映射与列表的最大嵌套深度。默认：64；至多 1000。高于默认值时也适用于 --rules 规则文件（低于默认值时只限制输入）。"},
        {"max-string-length", "值的最大长度（字符数）。默认：65536。高于默认值时也适用于 --rules 规则文件（低于默认值时只限制输入）。"},
        {"max-record-size", "JSON Lines 行或 CSV 记录的最大长度。默认：4MiB。"},
        {"max-elements", "一个列表中最多的元素数，或一个映射中最多的键数。默认：100000。高于默认值时也适用于 --rules 规则文件（低于默认值时只限制输入）。"},
        {"rules-max-file-size", "整体读取的最大规则文件（或目录文件）。默认：128MiB。高于默认值时规则文件按此读取；rules diff 的目录按给定值读取。"},
        {"rules-max-depth", "映射与列表的最大嵌套深度。默认：64；至多 1000。高于默认值时规则文件按此读取；rules diff 的目录按给定值读取。"},
        {"rules-max-string-length", "值的最大长度（字符数）。默认：65536。高于默认值时规则文件按此读取；rules diff 的目录按给定值读取。"},
        {"rules-max-elements", "一个列表中最多的元素数，或一个映射中最多的键数。默认：100000。高于默认值时规则文件按此读取；rules diff 的目录按给定值读取。"},
        {"max-problems", "每个文件最多输出的问题数，其余合计为一行。默认：200；0 表示全部输出。"},
        {"bench-root", "档案与基准文档中所列文件（benchmarks:、import.file）必须位于的文件夹。默认：列出它们的文件所在的文件夹。"},
        {"allow-outside-paths", "允许档案与基准文档指向任意位置的文件（仅限可信输入）；特殊文件仍被拒绝。"},
        {"threads", "读取、检查与解释输入的线程数（1 到 256）。默认：处理器数。"},
        {"gate", "门禁：策略文件（cca: gate/v1），含断言、预设与豁免；见 docs/gates.md。"},
        {"fail-under", "门禁：中心某场景得分低于 SCORE（0-100）时以 1 退出（中心未声明的场景跳过；已声明但数据不足的场景判为未通过）。"},
        {"min-grade", "门禁：等级低于 GRADE 时以 1 退出：数字或名称（3、Proficient、良好）；可按场景写为 training=4,inference=3（未声明的场景跳过；数据不足判为未通过）。"},
        {"baseline", "门禁：中心的得分或等级相对先前的 JSON 结果（assess 或 batch 的）下降时以 1 退出。"},
        {"max-drop", "与 --baseline 同用：允许的得分降幅。默认：0。"},
        {"allow-rules-change", "与 --baseline 同用：允许与另一规则集版本评分的基线比较，并说明每项变化中有多少来自规则。"},
        {"robustness", "在规则集的 robustness: 部分所给范围内改变权重、汇总方式与缺值策略，重新评分 N 次：每个等级成立的频率，以及第 5 至 95 百分位的得分与名次。"},
        {"seed", "--robustness 的随机种子；同一种子得到同样的数字。默认：42。"},
        {"peers", "与一个同行目录比较，按 cca batch 的方式读取（可重复）：在中心所属规模档中的名次与位置；与 --robustness 同用时，给出等级与名次的稳定程度。"},
        {"bench", "该档案的基准测试结果（可重复；文件夹表示其中每个文件）：benchmark-run/v1 文档，或以下工具的原生输出：${bundle:bench.tools}。"},
        {"bench-conditions", "未写明测试条件的原生基准文件的条件，例如 accelerators=8,params_b=72（可重复）。"},
        // cca
        {"cca.usage.description", "按中国信通院 2025 年能力表评估并评级智算中心。"},
        {"cca.usage.footer", new String[] {
            "  cca assess samples/wuhan-aicc.yaml -o report.md",
            "  cca batch catalog/ -o ranking.csv -o summary.md",
            "  cca validate samples/",
            "  cca rules explain throughput",
            "  cca schema profile -o center-profile.schema.json",
            "  cca help assess                     # 某个命令的帮助",
            "  source <(cca completion)            # bash 与 zsh 的命令补全",
            "",
            "${bundle:exit.all}",
            "文档：源码包中的 README.md 与 docs/。"}},
        // cca assess
        {"cca.assess.usage.description", "按能力表为中心档案评分；输出摘要并写出报告。"},
        {"cca.assess.output", "写出报告（可重复）；格式由扩展名决定：${bundle:formats.assess.ext}。- 表示标准输出。"},
        {"cca.assess.format", "强制所有 -o 报告的格式：${bundle:formats.assess.names}。"},
        {"cca.assess.scenario", "要报告的场景。默认：全部。"},
        {"cca.assess.PROFILE[0..*]", "档案文件（YAML 或 JSON）、其所在文件夹，或 - 表示标准输入。"},
        {"cca.assess.usage.footer", new String[] {
            "  cca assess samples/wuhan-aicc.yaml",
            "  cca assess center.yaml -o report.md -o result.json",
            "  cca assess center.yaml --bench vllm-result.json --bench-conditions accelerators=8,params_b=72",
            "  cca assess center.yaml --bench results/      # 文件夹中的每个基准文件",
            "  cca assess center.yaml --scenario inference --lang zh -o 报告.md",
            "  cca assess center.yaml --fail-under 55 --min-grade 3      # CI 门禁",
            "  cca assess submissions/ --gate gate.yaml -o results.xml -o results.sarif",
            "  cca assess center.yaml --min-grade training=4,inference=Proficient",
            "  cca assess center.yaml --baseline last.json --max-drop 2  # 退步即未通过",
            "  cca assess center.yaml --peers catalog.jsonl --robustness 1000 -o report.md",
            "",
            "${bundle:exit.all}"}},
        // cca batch
        {"cca.batch.usage.description", "为中心目录评分：文件夹、多文档 YAML、JSON Lines、CSV 与 XLSX；排名、汇总、写出。"},
        {"cca.batch.output", "写出报告（可重复）；格式由扩展名决定：${bundle:formats.batch.ext}。"},
        {"cca.batch.format", "强制所有 -o 报告的格式：${bundle:formats.batch.names}。"},
        {"group-by", "另按此档案字段汇总，例如 region.city 或 compute.network.fabric（可重复）。region.province、hub 与 operator.type 总会汇总。"},
        {"rank-by", "CSV 行按其排名排序的场景。默认：training。"},
        {"cca.batch.top", "Markdown 报告中每个前列榜单的中心数。默认：20。"},
        {"delimiter", "CSV 分隔符（默认：在 , ; 制表符 | 中自动识别）。"},
        {"sheet", "要读取的 XLSX 工作表（默认：打开工作簿时看到的第一个；隐藏的工作表不读取）。"},
        {"progress", "在标准错误上显示进度（默认：仅在终端上）。"},
        {"cca.batch.INPUT[0..*]", "目录所在文件夹与文件（.yaml .yml .json .jsonl .ndjson .csv .tsv .xlsx）。"},
        {"cca.batch.usage.footer", new String[] {
            "  cca batch catalog/ -o ranking.csv -o result.json -o summary.md",
            "  cca batch centers.jsonl --group-by region.city -o by-city.md",
            "  cca batch 2025Q3.xlsx --sheet 目录 -o ranking.csv",
            "  cca batch 2025Q4/ --baseline 2025Q3.json --max-drop 5 -o 2025Q4.json",
            "  cca generate --count 100000 -o big.jsonl",
            "  cca batch big.jsonl -o ranking.csv -v            # 附各阶段耗时",
            "  cca batch catalog/ --robustness 1000 -o robust.md  # 等级与名次的稳定程度",
            "",
            "无效记录按文件与行（CSV 与 XLSX 为行号）报告并跳过；其余记录照常评分并写出（退出码 ${bundle:exit.invalid.code}）。",
            "名次：按保留两位小数的得分排名（1224 式并列）；同分按 id 排序。",
            "写入失败时，该路径上已有的报告保持不变。",
            "${bundle:exit.all}"}},
        // cca validate
        {"cca.validate.usage.description", "检查档案、基准测试运行与规则集；每个问题按 文件:行:列: error 代码: 消息 报告，语言取自 --lang 或区域设置。"},
        {"cca.validate.FILE[0..*]", "要检查的文件或文件夹；- 表示标准输入。"},
        {"cca.validate.usage.footer", new String[] {
            "  cca validate samples/*.yaml",
            "  cca validate my-rules.yaml          # 规则集（cca: rules/v1）",
            "  cca validate gate.yaml              # 门禁文件（cca: gate/v1）",
            "  cca validate catalog/ -q            # 只输出问题，有问题时以 3 退出",
            "",
            "警告不会使验证失败。",
            "${bundle:exit.validate}"}},
        // cca generate
        {"cca.generate.usage.description", "写出一个逼真的合成目录（涵盖各种规模与运营主体类型、缺失值、异构算力清单），用于试用 cca 和复现其基准测试。同一种子，同样的字节。"},
        {"count", "要生成的中心数。"},
        {"cca.generate.seed", "随机种子。默认：42。"},
        {"cca.generate.format", "yaml（一个多文档文件）、yaml-tree（一个文件夹，每个中心一个文件）、json、jsonl、csv 或 xlsx。默认：取自 -o 的扩展名。"},
        {"cca.generate.output", "要写出的文件或文件夹；- 表示标准输出。"},
        {"cca.generate.usage.footer", new String[] {
            "  cca generate --count 1000 -o catalog.jsonl",
            "  cca generate --count 5000 -o catalog.xlsx",
            "  cca generate --count 100000 --format yaml-tree -o tree/   # 每个中心一个文件",
            "  cca generate --count 10 --format yaml -o -                # 输出到标准输出",
            "",
            "${bundle:exit.generate}"}},
        // cca rules
        {"cca.rules.usage.description", "查看、检查、比较和绘制规则集。"},
        {"cca.rules.usage.footer", new String[] {
            "  cca rules list",
            "  cca rules show                          # 默认规则集，每个权重及其写在何处",
            "  cca rules explain throughput --lang zh",
            "  cca rules lint my-rules.yaml",
            "  cca rules diff cca-default my-rules.yaml --catalog catalog/",
            "  cca rules plot cluster-effectiveness -o curve.svg",
            "",
            "${bundle:exit.rules} lint 发现错误时以 3 退出。"}},
        {"cca.rules.list.usage.description", "列出内置规则集，以及所给的规则集文件。"},
        {"cca.rules.list.FILE[0..*]", "一并列出的规则集文件。"},
        {"cca.rules.list.usage.footer", new String[] {"  cca rules list", "  cca rules list my-rules.yaml other.yaml"}},
        {"cca.rules.show.usage.description", new String[] {
            "输出规则集，每个值附写出它的文件与行。",
            "场景、表及其权重，指标及其度量与曲线，每个度量在各场景得分中所占的份额，等级、封顶、证据策略、场景适配、目录；",
            "对于继承另一规则集的规则集，说明每个值来自基础规则集还是覆盖文件。"}},
        {"cca.rules.show.output", "写入 FILE（Markdown），而不是标准输出。"},
        {"cca.rules.show.ID|FILE[0]", "一个规则集：cca-default（默认）或规则文件。"},
        {"cca.rules.show.usage.footer", new String[] {"  cca rules show", "  cca rules show my-rules.yaml --lang zh -o rules.md"}},
        {"cca.rules.explain.usage.description", new String[] {
            "解释一个指标：衡量什么、它的曲线、引用，以及如何改进。",
            "用报告的用语说明它为何重要、在何处计分及占多少，每个度量的档案键、曲线（附样例值与设定它的数据）、以及提到它的封顶。"}},
        {"cca.rules.explain.INDICATOR[0]", "指标 id（throughput）或名称（吞吐率、Throughput）。"},
        {"cca.rules.explain.usage.footer", new String[] {"  cca rules explain throughput", "  cca rules explain 吞吐率 --lang zh",
            "  cca rules explain security-compliance --rules my-rules.yaml"}},
        {"cca.rules.lint.usage.description", new String[] {
            "按报告的表与本项目的标准检查规则集。",
            "报告三张表的每个指标在两个场景列中都有、没有永不计分的权重、没有平坦或最高分不可达的曲线、没有不可达的等级、",
            "没有永不生效或永不降级的封顶、每个数字都有引用。每个问题按 文件:行:列 报告。"}},
        {"strict", "警告也像错误一样导致失败。"},
        {"cca.rules.lint.FILE[0..*]", "规则集文件。"},
        {"cca.rules.lint.usage.footer", new String[] {"  cca rules lint my-rules.yaml", "  cca rules lint --strict rules/*.yaml     # 警告也导致失败",
            "", "${bundle:exit.rules} 3：发现错误（与 --strict 同用时，含警告）。"}},
        {"cca.rules.diff.usage.description", new String[] {
            "比较两个规则集，以及它们对一个目录的影响。",
            "每个不同的条目、每个度量在各场景得分中所占份额的变化，以及与 --catalog 同用时哪些中心的等级或名次变化了多少",
            "（目录按 cca batch 的同一路径分别用两套规则评分）。"}},
        {"catalog", "用两套规则分别评分的目录（可重复；按 cca batch 的方式读取）。"},
        {"cca.rules.diff.top", "列出的变动中心数。默认：50。"},
        {"cca.rules.diff.output", "写入 FILE（Markdown），而不是标准输出。"},
        {"cca.rules.diff.OLD[0]", "变更前的规则集：cca-default 或规则文件。"},
        {"cca.rules.diff.NEW[1]", "变更后的规则集。"},
        {"cca.rules.diff.usage.footer", new String[] {"  cca rules diff cca-default my-rules.yaml",
            "  cca rules diff cca-default my-rules.yaml --catalog catalog/ --as-of 2025-11-30 -o review.md", "", "${bundle:exit.rules}"}},
        {"cca.rules.plot.usage.description", new String[] {
            "把指标的计分曲线画成 SVG，并标出报告中的数据。",
            "每个度量一幅图，含曲线的各点，以及设定它所依据的报告与基准测试数据。"}},
        {"cca.rules.plot.output", "要写出的 SVG 文件；- 表示标准输出。"},
        {"cca.rules.plot.INDICATOR[0]", "指标 id 或名称。"},
        {"cca.rules.plot.usage.footer", new String[] {"  cca rules plot cluster-effectiveness -o curve.svg",
            "  cca rules plot 端到端时延 --lang zh -o 时延.svg --rules my-rules.yaml"}},
        // cca init
        {"cca.init.usage.description", new String[] {
            "输出一份带注释、待填写的档案模板。",
            "每个键附其单位、含义、所支撑的指标（用报告的用语，并给出它在各场景得分中的份额）和示例；依据档案格式与规则集写出。"}},
        {"cca.init.scenario", "只包含这些场景的键，并在模板中声明：pretraining、fine-tuning、inference（或评分场景 training、inference；或 all）。可重复。默认：all。"},
        {"cca.init.rules", "模板所列指标来自的规则集。默认：cca-default。"},
        {"cca.init.output", "写入 FILE 而不是标准输出（绝不覆盖作为输入的文件）。"},
        {"cca.init.usage.footer", new String[] {"  cca init > center.yaml", "  cca init --scenario inference --lang zh -o 中心.yaml",
            "  cca init --scenario fine-tuning,inference --rules my-rules.yaml", "", "${bundle:exit.rules}"}},
        // cca schema
        {"cca.schema.usage.description", new String[] {
            "输出某类文档的 JSON Schema（2020-12 草案），供编辑器和其他工具使用。",
            "依据 cca validate 检查文档所用的定义写出，并列出规则集认可的 id；",
            "Schema 无法判断的内容（交叉引用、求和、换算后的单位）留给 cca validate。"}},
        {"cca.schema.lang", "标题、说明与消息的语言。默认：取自区域设置（LC_ALL、LC_MESSAGES、LANG：zh_* 为中文），否则为 en。"},
        {"cca.schema.rules", "Schema 所列 id 来自的规则集。默认：cca-default。"},
        {"cca.schema.output", "写入 FILE 而不是标准输出（绝不覆盖输入）。"},
        {"cca.schema.KIND[0]", "profile、benchmark、rules 或 gate。"},
        {"cca.schema.usage.footer", new String[] {
            "  cca schema profile -o center-profile.schema.json",
            "  cca schema profile --lang zh -o 档案.schema.json",
            "  cca schema benchmark | jq .properties.results",
            "  cca schema rules -o rules.schema.json; cca schema gate -o gate.schema.json",
            "",
            "在档案中，供使用 YAML 语言服务器的编辑器：",
            "  # yaml-language-server: $schema=center-profile.schema.json",
            "",
            "${bundle:exit.rules}"}},
        // cca help, cca completion
        {"cca.help.usage.header", "显示指定命令的帮助信息。"},
        {"cca.help.usage.description", new String[] {"%n未给出 COMMAND 时，显示主命令的帮助。", "给出 COMMAND 时，显示该命令的帮助。%n"}},
        {"cca.help.help", "显示 help 命令的帮助并退出。"},
        {"cca.help.COMMAND[0]", "要显示其帮助的 COMMAND。"},
        {"cca.completion.usage.description", "输出 cca 的 bash/zsh 补全脚本。"},
        {"cca.completion.usage.footer", new String[] {
            "  source <(cca completion)                       # 当前终端会话",
            "  cca completion > /etc/bash_completion.d/cca    # 之后的每个终端会话"}},
    };
}
