package io.ledgerline.reporting.inventory;

/**
 * One warehouse's stock now (skus with stock on hand there, on-hand, reserved, available, and the reserved share of
 * on-hand) and its stocktakes in a period: how many, how many found a shortage or a surplus, and the units missing
 * or found (ANA-5).
 */
public record WarehouseInventoryStats(String warehouse, int skus, int onHand, int reserved, int available,
                                      double reservedShare, int stocktakes, int shortages, int surpluses,
                                      int unitsShort, int unitsOver) {
}
