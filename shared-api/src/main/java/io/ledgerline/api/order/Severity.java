package io.ledgerline.api.order;

/** ORD-12: how serious a logistics exception is; sets its handling deadline (2, 4 or 8 hours). Names match the GraphQL contract. */
public enum Severity {
    MINOR, MODERATE, MAJOR
}
