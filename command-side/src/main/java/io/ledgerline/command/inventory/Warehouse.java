package io.ledgerline.command.inventory;

/**
 * One warehouse's stock of a sku: on-hand, reserved for orders, and the priority reservations prefer it by
 * (INV-3). Immutable, so a command handler can work out the stock after a change without changing state.
 */
record Warehouse(String name, int onHand, int reserved, int priority) {

    static Warehouse empty(String name) {
        return new Warehouse(name, 0, 0, 0);
    }

    /** On-hand stock not promised to an order; 0, never negative, when a stocktake counted less than is reserved. */
    int available() {
        return Math.max(0, onHand - reserved);
    }

    Warehouse plus(int delta) {
        return new Warehouse(name, onHand + delta, reserved, priority);
    }

    Warehouse counted(int counted) {
        return new Warehouse(name, counted, reserved, priority);
    }

    Warehouse reserve(int quantity) {
        return new Warehouse(name, onHand, reserved + quantity, priority);
    }

    Warehouse release(int quantity) {
        return new Warehouse(name, onHand, reserved - quantity, priority);
    }

    /** INV-4: shipped goods leave on-hand; on-hand stops at 0 where a shortage count left less than was reserved. */
    Warehouse deduct(int quantity) {
        return new Warehouse(name, Math.max(0, onHand - quantity), reserved - quantity, priority);
    }

    Warehouse withPriority(int newPriority) {
        return new Warehouse(name, onHand, reserved, newPriority);
    }
}
