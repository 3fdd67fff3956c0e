package io.ledgerline.reporting.logistics;

import io.ledgerline.reporting.ReportingClock;
import java.time.Instant;

/** A logistics exception as reported: what its later transitions are counted under. */
record ReportedException(String type, String severity, Instant reportedAt) {

    LogisticsKey key(ReportingClock clock) {
        return new LogisticsKey(clock.dayOf(reportedAt), type, severity);
    }
}
