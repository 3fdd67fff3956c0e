package io.ledgerline.reporting.logistics;

import java.time.LocalDate;

/** One row of {@code logistics_daily}: exceptions of a type and severity reported on a day. */
record LogisticsKey(LocalDate day, String type, String severity) {
}
