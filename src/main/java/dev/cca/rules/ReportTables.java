package dev.cca.rules;

import java.util.List;

/**
 * The three capability tables of the CAICT 2025 report (section 4, tables 1-3) as the report prints them:
 * each table's indicators in its training and inference columns, by their Chinese names. This is what
 * {@code cca rules lint} holds a rule set to: every indicator of every table, in both columns where the
 * report lists it. A rule set's tables and indicators are matched by their {@code zh} names (a rule set may
 * add a qualifier in brackets: 开发工具完整性（训练）), so a rule set may choose its own ids.
 */
public final class ReportTables {

    /** One cell of the report's tables: an indicator in a table's scenario column. */
    public record Cell(int table, String tableZh, String tableEn, String scenario, String zh, String en) {
    }

    private static final String T1 = "基础支撑能力";
    private static final String T2 = "创新服务能力";
    private static final String T3 = "运营保障能力";

    /** Table, column, indicator: in the order of the report. */
    public static final List<Cell> CELLS = List.of(
            new Cell(1, T1, "Foundational support", "training", "集群算力有效性", "Cluster compute effectiveness"),
            new Cell(1, T1, "Foundational support", "training", "计算集群稳定性", "Cluster stability"),
            new Cell(1, T1, "Foundational support", "training", "单体集群算力规模", "Single-cluster compute scale"),
            new Cell(1, T1, "Foundational support", "training", "主流计算框架兼容性", "Mainstream framework compatibility"),
            new Cell(1, T1, "Foundational support", "training", "算法模型多样性", "Model diversity"),
            new Cell(1, T1, "Foundational support", "training", "数据集丰富性", "Dataset richness"),
            new Cell(1, T1, "Foundational support", "inference", "吞吐率", "Throughput"),
            new Cell(1, T1, "Foundational support", "inference", "端到端时延", "End-to-end latency"),
            new Cell(1, T1, "Foundational support", "inference", "异构多样性", "Heterogeneous diversity"),
            new Cell(1, T1, "Foundational support", "inference", "云服务高效性", "Cloud-service efficiency"),
            new Cell(2, T2, "Innovation service", "training", "云服务高效性", "Cloud-service efficiency"),
            new Cell(2, T2, "Innovation service", "training", "模型迁移高效性", "Model migration efficiency"),
            new Cell(2, T2, "Innovation service", "training", "数据治理多样性", "Data governance diversity"),
            new Cell(2, T2, "Innovation service", "training", "开发工具完整性", "Development tool completeness"),
            new Cell(2, T2, "Innovation service", "training", "场景方案丰富性", "Scenario solution richness"),
            new Cell(2, T2, "Innovation service", "inference", "池化调度能力", "Pooled scheduling"),
            new Cell(2, T2, "Innovation service", "inference", "模型迁移高效性", "Model migration efficiency"),
            new Cell(2, T2, "Innovation service", "inference", "开发工具完整性", "Development tool completeness"),
            new Cell(3, T3, "Operations assurance", "training", "算力调度灵活性", "Scheduling flexibility"),
            new Cell(3, T3, "Operations assurance", "training", "算力租赁性价比", "Rental cost-performance"),
            new Cell(3, T3, "Operations assurance", "training", "安全合规性", "Security compliance"),
            new Cell(3, T3, "Operations assurance", "training", "服务响应时效性", "Service response timeliness"),
            new Cell(3, T3, "Operations assurance", "training", "协调主体丰富性", "Partner richness"),
            new Cell(3, T3, "Operations assurance", "training", "服务质量跟踪", "Service quality tracking"),
            new Cell(3, T3, "Operations assurance", "inference", "算力调度灵活性", "Scheduling flexibility"),
            new Cell(3, T3, "Operations assurance", "inference", "算力租赁性价比", "Rental cost-performance"),
            new Cell(3, T3, "Operations assurance", "inference", "安全合规性", "Security compliance"),
            new Cell(3, T3, "Operations assurance", "inference", "服务响应时效性", "Service response timeliness"),
            new Cell(3, T3, "Operations assurance", "inference", "服务质量跟踪", "Service quality tracking"));

    private ReportTables() {
    }

    /** A name without a bracketed qualifier and spaces: 开发工具完整性（训练） is 开发工具完整性. */
    public static String plain(String zh) {
        if (zh == null) {
            return "";
        }
        String s = zh;
        for (String open : List.of("（", "(")) {
            int i = s.indexOf(open);
            if (i > 0) {
                s = s.substring(0, i);
            }
        }
        return s.replace(" ", "").strip();
    }
}
