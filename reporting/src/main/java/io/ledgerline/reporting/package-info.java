/**
 * Reporting: sales analytics projections (rollups by day, channel, region, category; product ranks;
 * logistics and inventory statistics), the report queries behind the dashboards, and CSV/XLSX exports.
 * Like the other sides it reads only {@code shared-api} events and never imports the command or query side.
 */
package io.ledgerline.reporting;
