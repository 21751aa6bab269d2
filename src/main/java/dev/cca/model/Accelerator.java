package dev.cca.model;

import dev.cca.diag.Location;

/**
 * One line of a center's accelerator inventory. Numbers are NaN when not given.
 *
 * @param kind gpu, npu, or another accelerator class
 */
public record Accelerator(String vendor, String model, String kind, double count, double fp16Tflops,
                          double memoryGb, Location origin) {

    /** Vendor and model as one label: "Huawei Ascend 910B". */
    public String label() {
        String v = vendor == null ? "" : vendor.strip();
        String m = model == null ? "" : model.strip();
        return (v + " " + m).strip();
    }
}
