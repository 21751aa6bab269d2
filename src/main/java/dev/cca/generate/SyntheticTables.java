package dev.cca.generate;

import java.util.List;

/**
 * The reference data the synthetic catalog draws from: provinces and cities with their national hub,
 * operators by type, accelerators with plausible peak dense FP16 and memory, and capability identifiers.
 * Figures are public vendor peaks rounded (dense FP16/BF16 tensor TFLOPS); they only need to be
 * plausible, not authoritative.
 */
final class SyntheticTables {

    private SyntheticTables() {
    }

    record City(String zh, String en) {
    }

    /** A province; {@code hub} is the national hub node its centers may belong to, or null. */
    record Province(String zh, String folder, String hub, List<City> cities) {
    }

    static final List<Province> PROVINCES = List.of(
            p("北京", "beijing", "jing-jin-ji", c("北京", "Beijing")),
            p("天津", "tianjin", "jing-jin-ji", c("天津", "Tianjin")),
            p("河北", "hebei", "jing-jin-ji", c("张家口", "Zhangjiakou"), c("廊坊", "Langfang"), c("石家庄", "Shijiazhuang")),
            p("上海", "shanghai", "yangtze-river-delta", c("上海", "Shanghai")),
            p("江苏", "jiangsu", "yangtze-river-delta", c("南京", "Nanjing"), c("苏州", "Suzhou"), c("无锡", "Wuxi")),
            p("浙江", "zhejiang", "yangtze-river-delta", c("杭州", "Hangzhou"), c("宁波", "Ningbo")),
            p("安徽", "anhui", "yangtze-river-delta", c("合肥", "Hefei"), c("芜湖", "Wuhu")),
            p("广东", "guangdong", "greater-bay-area", c("广州", "Guangzhou"), c("深圳", "Shenzhen"), c("韶关", "Shaoguan")),
            p("四川", "sichuan", "chengdu-chongqing", c("成都", "Chengdu"), c("宜宾", "Yibin")),
            p("重庆", "chongqing", "chengdu-chongqing", c("重庆", "Chongqing")),
            p("内蒙古", "neimenggu", "inner-mongolia", c("呼和浩特", "Hohhot"), c("和林格尔", "Horinger"), c("乌兰察布", "Ulanqab")),
            p("贵州", "guizhou", "guizhou", c("贵阳", "Guiyang"), c("贵安", "Gui'an")),
            p("甘肃", "gansu", "gansu", c("庆阳", "Qingyang"), c("兰州", "Lanzhou")),
            p("宁夏", "ningxia", "ningxia", c("中卫", "Zhongwei"), c("银川", "Yinchuan")),
            p("湖北", "hubei", null, c("武汉", "Wuhan"), c("宜昌", "Yichang")),
            p("湖南", "hunan", null, c("长沙", "Changsha"), c("株洲", "Zhuzhou")),
            p("河南", "henan", null, c("郑州", "Zhengzhou"), c("洛阳", "Luoyang")),
            p("山东", "shandong", null, c("济南", "Jinan"), c("青岛", "Qingdao"), c("烟台", "Yantai")),
            p("山西", "shanxi", null, c("太原", "Taiyuan"), c("大同", "Datong")),
            p("陕西", "shaanxi", null, c("西安", "Xi'an")),
            p("辽宁", "liaoning", null, c("沈阳", "Shenyang"), c("大连", "Dalian")),
            p("吉林", "jilin", null, c("长春", "Changchun")),
            p("黑龙江", "heilongjiang", null, c("哈尔滨", "Harbin")),
            p("福建", "fujian", null, c("福州", "Fuzhou"), c("厦门", "Xiamen")),
            p("江西", "jiangxi", null, c("南昌", "Nanchang")),
            p("广西", "guangxi", null, c("南宁", "Nanning")),
            p("云南", "yunnan", null, c("昆明", "Kunming")),
            p("海南", "hainan", null, c("海口", "Haikou"), c("三亚", "Sanya")),
            p("新疆", "xinjiang", null, c("乌鲁木齐", "Urumqi"), c("克拉玛依", "Karamay")),
            p("青海", "qinghai", null, c("西宁", "Xining")),
            p("西藏", "xizang", null, c("拉萨", "Lhasa")));

    /** Operator names by type; {c} is the city, {p} the province. */
    static final List<List<String>> OPERATORS = List.of(
            List.of("中国移动{p}分公司", "中国电信{p}分公司", "中国联通{p}分公司", "中国电信天翼云"),
            List.of("阿里云", "腾讯云", "华为云", "百度智能云", "火山引擎", "京东云"),
            List.of("{c}市人民政府", "{c}城市投资发展集团", "{c}市大数据局 & 华为", "{p}省算力发展有限公司"),
            List.of("商汤科技", "科大讯飞", "浪潮信息", "中科曙光", "并行科技", "云从科技"),
            List.of("鹏城实验室", "中国科学院计算技术研究所", "之江实验室", "上海人工智能实验室", "北京智源人工智能研究院"),
            List.of("{c}智算产业联盟", "{c}算力运营有限公司"));

    static final List<String> CENTER_SUFFIXES = List.of("人工智能计算中心", "智算中心", "智能计算中心",
            "人工智能创新中心", "算力中心", "超算智算中心");

    /**
     * An accelerator model. {@code weights} say how likely each operator type (in
     * {@link dev.cca.model.ProfileSchema#OPERATOR_TYPES} order) is to buy it.
     */
    /**
     * An accelerator of synthetic inventories: dense FP16 peak as the default rule set's catalog gives it (the S60's,
     * which Enflame does not publish, is the generator's own), memory, and the catalog's memory bandwidth in GB/s, or 0
     * where the catalog has none (the checks then hold the card to the catalog's widest with off-chip memory, so any
     * figure the generator assumes below that is safe).
     */
    record Chip(String vendor, String model, String kind, double fp16Tflops, int memoryGb, double memoryGbS, int[] weights) {
    }

    static final List<Chip> CHIPS = List.of(
            new Chip("Huawei", "Ascend 910B", "npu", 313, 64, 1600, new int[] {6, 3, 9, 4, 6, 5}),
            new Chip("Huawei", "Ascend 910C", "npu", 780, 128, 3200, new int[] {3, 2, 4, 1, 2, 1}),
            new Chip("Huawei", "Ascend 910A", "npu", 256, 32, 1200, new int[] {1, 1, 3, 1, 3, 2}),
            new Chip("NVIDIA", "A100", "gpu", 312, 80, 2039, new int[] {4, 6, 2, 5, 5, 3}),
            new Chip("NVIDIA", "A800", "gpu", 312, 80, 2039, new int[] {4, 5, 2, 4, 3, 3}),
            new Chip("NVIDIA", "H800", "gpu", 989, 80, 3350, new int[] {3, 6, 1, 4, 2, 2}),
            new Chip("NVIDIA", "H20", "gpu", 148, 96, 4000, new int[] {4, 6, 2, 4, 1, 3}),
            new Chip("NVIDIA", "L20", "gpu", 119.5, 48, 864, new int[] {2, 3, 2, 3, 1, 3}),
            new Chip("NVIDIA", "V100", "gpu", 125, 32, 1134, new int[] {1, 2, 1, 2, 4, 2}),
            new Chip("Cambricon", "MLU370-X8", "npu", 96, 48, 614.4, new int[] {1, 1, 3, 2, 2, 2}),
            new Chip("Cambricon", "MLU590", "npu", 314, 80, 0, new int[] {1, 1, 3, 2, 2, 1}),
            new Chip("Hygon", "DCU K100-AI", "gpu", 196, 64, 0, new int[] {2, 1, 3, 3, 3, 2}),
            new Chip("Kunlunxin", "P800", "npu", 345, 96, 0, new int[] {1, 3, 2, 2, 1, 1}),
            new Chip("Moore Threads", "MTT S4000", "gpu", 100, 48, 768, new int[] {1, 1, 2, 2, 1, 2}),
            new Chip("Iluvatar CoreX", "Tiangai 150", "gpu", 192, 64, 0, new int[] {2, 1, 2, 1, 1, 1}),
            new Chip("Iluvatar CoreX", "Tiangai 100", "gpu", 147, 32, 1200, new int[] {2, 1, 2, 1, 1, 1}),
            new Chip("MetaX", "C500", "gpu", 280, 64, 0, new int[] {1, 1, 2, 2, 1, 1}),
            new Chip("Enflame", "S60", "asic", 150, 48, 672, new int[] {1, 2, 1, 1, 1, 1}));

    /*
     * Capability identifiers: the reference lists of the default rule set
     * (scoring-rules/cca-default.yaml, `references:`), which a test keeps in step, plus for each list a few
     * identifiers it does not know, as real profiles have.
     */
    static final List<String> FRAMEWORKS = List.of("pytorch", "mindspore", "paddlepaddle", "tensorflow", "jax",
            "deepspeed", "megatron-lm", "colossal-ai", "oneflow");
    static final List<String> MODEL_FAMILIES = List.of("deepseek", "qwen", "llama", "glm", "baichuan", "internlm",
            "mistral", "ernie", "yi", "minicpm");
    static final List<String> DATA_GOVERNANCE = List.of("aggregation", "sharing", "cleaning", "labeling", "synthesis",
            "quality-evaluation");
    static final List<String> DEV_TOOLS = List.of("training", "fine-tuning", "inference", "deployment", "quantization",
            "pruning", "distillation", "evaluation", "low-code");
    static final List<String> POOLING = List.of("heterogeneous-pool", "gpu-hard-partition", "gpu-virtual-slicing",
            "cross-cluster", "mixed-vendor-inference");
    static final List<String> SECURITY = List.of("mlps-level-3", "model-filing-service", "content-security",
            "data-protection", "compliance-consulting", "security-evaluation", "iso-27001");
    static final List<String> QUALITY_TRACKING = List.of("sla-monitoring", "ticket-tracking", "satisfaction-survey",
            "usage-reports", "incident-review");
    static final List<String> UNKNOWN_IDS = List.of("caffe", "mxnet", "kimi", "data-market", "edge-deploy",
            "gpu-sharing", "pci-dss", "nps-survey");
    static final List<String> PLATFORMS = List.of("shanghai-municipal", "wuxi-municipal", "national-integrated",
            "guizhou-provincial", "beijing-municipal", "shenzhen-municipal");

    /**
     * Models of serving benchmarks: name, size written (billions of parameters, within the model-size check's 5% of the
     * model table's), and the table's total and active parameters, which the checks use.
     */
    static final List<String[]> SERVED_MODELS = List.of(new String[] {"Qwen2.5-72B", "72", "72.7", "72.7"},
            new String[] {"DeepSeek-R1-Distill-Llama-70B", "70", "70", "70"}, new String[] {"Llama-3.1-8B", "8", "8", "8"},
            new String[] {"Qwen2.5-7B", "7.61", "7.61", "7.61"}, new String[] {"GLM-4-9B", "9", "9.4", "9.4"},
            new String[] {"DeepSeek-V3", "671", "671", "37"});

    static final List<String> EVIDENCE_SOURCES = List.of("第三方测评报告", "CAICT test report", "internal benchmark",
            "运营年报", "vendor acceptance test");
    /** Invented auditing bodies of synthetic audit references (the numbers after them are invented too). */
    static final List<String> AUDIT_BODIES = List.of("SYNTH-AUDIT", "示例测评机构", "EXAMPLE-LAB");

    private static Province p(String zh, String folder, String hub, City... cities) {
        return new Province(zh, folder, hub, List.of(cities));
    }

    private static City c(String zh, String en) {
        return new City(zh, en);
    }
}
