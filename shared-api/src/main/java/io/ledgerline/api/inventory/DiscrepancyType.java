package io.ledgerline.api.inventory;

/** INV-5: how a stocktake's count compares with the on-hand stock the system expected. */
public enum DiscrepancyType {
    /** Fewer units were counted than expected. */
    SHORTAGE,
    /** More units were counted than expected. */
    SURPLUS,
    /** The count matched. */
    NONE;

    /** The discrepancy of a count that differs from the expected on-hand by {@code counted - expected}. */
    public static DiscrepancyType of(int difference) {
        return difference < 0 ? SHORTAGE : difference > 0 ? SURPLUS : NONE;
    }
}
