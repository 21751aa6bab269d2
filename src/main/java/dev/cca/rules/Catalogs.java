package dev.cca.rules;

/**
 * The rule data that the checks stage compares claims with: the accelerator catalog, the model table and the
 * checks' own parameters. A rule set that has none of its own uses the default rule set's.
 */
public record Catalogs(AcceleratorCatalog accelerators, ModelTable models, CheckParams checks) {
}
