package io.ledgerline.query.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.ledgerline.api.order.OrderFilter;
import io.ledgerline.api.order.SearchOrdersQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link SearchOrdersQuery} into the Elasticsearch request that answers it. */
final class OrderSearchRequests {

    /**
     * Where the text is looked for, and how much each field weighs. An exact order number or phone (the
     * keyword fields, matched whole) outranks everything; words of a product name or recipient come next;
     * the analysed order number, phone and customer id find partial forms ("000042", "13800000000").
     */
    static final List<String> SEARCHED_FIELDS = List.of("orderNumber^10", "phone^10", "customerId^5",
            "productNames^2", "recipient^2", "orderNumber.text", "phone.text", "customerId.text");

    /** Rank first, newest first among equals; the order id makes the order total, as search_after needs. */
    static final List<SortOptions> SORT = List.of(
            SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))),
            SortOptions.of(s -> s.field(f -> f.field("placedAt").order(SortOrder.Desc))),
            SortOptions.of(s -> s.field(f -> f.field("orderId").order(SortOrder.Asc))));

    private OrderSearchRequests() {
    }

    /** One more hit than the page holds is asked for: it tells whether a next page exists. */
    static SearchRequest of(SearchOrdersQuery query) {
        return SearchRequest.of(r -> {
            r.index(OrderSearchIndex.ALIAS)
                    .query(q -> q.bool(b -> b.must(text(query.text())).filter(filters(query.filter()))))
                    .sort(SORT)
                    .size(query.first() + 1)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(s -> s.fetch(false));
            if (query.after() != null) {
                r.searchAfter(SearchCursor.decode(query.after()));
            }
            return r;
        });
    }

    /**
     * Every word must be found, in any of the fields (cross_fields with AND): "wei teapot" finds Li Wei's
     * teapot order, not every order with a teapot. Blank text matches every order.
     */
    private static Query text(String text) {
        if (text.isBlank()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields(SEARCHED_FIELDS)
                .type(TextQueryType.CrossFields).operator(Operator.And)));
    }

    private static List<Query> filters(OrderFilter filter) {
        List<Query> filters = new ArrayList<>();
        if (filter.status() != null && !filter.status().isEmpty()) {
            filters.add(terms("status", filter.status().stream().map(Enum::name).toList()));
        }
        if (filter.channel() != null && !filter.channel().isEmpty()) {
            filters.add(terms("channel", filter.channel().stream().map(Enum::name).toList()));
        }
        if (filter.customerId() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("customerId").value(filter.customerId()))));
        }
        if (filter.province() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("province").value(filter.province()))));
        }
        if (filter.placedFrom() != null || filter.placedTo() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("placedAt");
                if (filter.placedFrom() != null) {
                    d.gte(filter.placedFrom().toString());
                }
                if (filter.placedTo() != null) {
                    d.lt(filter.placedTo().toString());
                }
                return d;
            }))));
        }
        if (filter.minTotal() != null || filter.maxTotal() != null) {
            filters.add(Query.of(q -> q.range(r -> r.number(n -> {
                n.field("totalMinor");
                if (filter.minTotal() != null) {
                    n.gte((double) minorUnits(filter.minTotal()));
                }
                if (filter.maxTotal() != null) {
                    n.lte((double) minorUnits(filter.maxTotal()));
                }
                return n;
            }))));
        }
        return filters;
    }

    private static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }

    /** The index holds totals in minor units; a bound with more than two decimals cannot match a cent exactly. */
    private static long minorUnits(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
    }
}
