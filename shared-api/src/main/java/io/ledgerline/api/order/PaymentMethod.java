package io.ledgerline.api.order;

/** How an order is paid (ORD-1, ORD-6). Names match the GraphQL contract. */
public enum PaymentMethod {
    ONLINE, BANK_TRANSFER, CASH_ON_DELIVERY, BALANCE
}
