/**
 * The query side: projections of the event store into PostgreSQL read models and the Elasticsearch
 * order index, the query handlers that read them, and the GraphQL API (mutations are a thin façade that
 * sends {@code shared-api} commands). It meets the command side only through {@code shared-api} messages.
 */
package io.ledgerline.query;
