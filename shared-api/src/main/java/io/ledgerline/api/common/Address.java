package io.ledgerline.api.common;

/** A shipping address (ORD-1): every part is required. */
public record Address(String recipient, String phone, String province, String city, String line,
                      String postalCode) {
}
