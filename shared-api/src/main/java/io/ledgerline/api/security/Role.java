package io.ledgerline.api.security;

/** The staff roles of docs/domain.md (least privilege). A user holds one or more. */
public enum Role {
    ADMIN,
    ORDER_CLERK,
    FINANCE,
    WAREHOUSE,
    CUSTOMER_SERVICE,
    AUDITOR
}
