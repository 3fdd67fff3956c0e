package io.ledgerline.api.refund;

import java.util.List;

/**
 * REF-3, REF-4: one page of refunds answering a {@link ListRefundsQuery}, newest first. {@code hasNextPage}
 * says whether more refunds follow the last one; {@code totalCount} counts every refund matching the status
 * filter, on every page.
 */
public record RefundPage(List<RefundView> refunds, boolean hasNextPage, int totalCount) {

    public RefundPage {
        refunds = List.copyOf(refunds);
    }
}
