package io.ledgerline.query.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import io.ledgerline.api.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/** The contract's scalars: {@code DateTime} (ISO-8601 UTC instant) and {@code Money} (decimal string, 2 places). */
final class Scalars {

    private Scalars() {
    }

    /** Plain decimal notation only: no exponent, at most two decimal places. */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?\\d+(\\.\\d{1,2})?");

    static final GraphQLScalarType DATE_TIME = stringScalar("DateTime", "an ISO-8601 instant in UTC, e.g. 2026-11-23T09:30:00Z",
            value -> value instanceof Instant instant ? instant.toString() : null,
            text -> {
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("not an ISO-8601 instant such as 2026-11-23T09:30:00Z: " + text);
                }
            });

    static final GraphQLScalarType MONEY = stringScalar("Money", "a decimal amount with two places, e.g. \"129.90\"",
            value -> switch (value) {
                case Money money -> money.amount().toPlainString();
                case BigDecimal decimal -> decimal.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
                default -> null;
            },
            text -> {
                if (!DECIMAL.matcher(text).matches()) {
                    throw new IllegalArgumentException("not a decimal amount with at most two decimal places, such as \"129.90\": " + text);
                }
                return new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY);
            });

    /** Any JSON value (an event payload in the audit log): maps, lists, strings, numbers, booleans. */
    static final GraphQLScalarType JSON = GraphQLScalarType.newScalar().name("JSON").description("any JSON value")
            .coercing(new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                    return value;
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    return input;
                }

                @Override
                public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    return literal(input);
                }
            }).build();

    private static Object literal(Value<?> value) {
        return switch (value) {
            case StringValue string -> string.getValue();
            case graphql.language.IntValue number -> number.getValue();
            case graphql.language.FloatValue number -> number.getValue();
            case graphql.language.BooleanValue bool -> bool.isValue();
            case graphql.language.NullValue ignored -> null;
            case graphql.language.ArrayValue array -> array.getValues().stream().map(Scalars::literal).toList();
            case graphql.language.ObjectValue object -> {
                java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
                object.getObjectFields().forEach(field -> map.put(field.getName(), literal(field.getValue())));
                yield map;
            }
            default -> throw new CoercingParseLiteralException("JSON cannot hold " + value.getClass().getSimpleName());
        };
    }

    private static GraphQLScalarType stringScalar(String name, String description, Function<Object, String> serializer,
                                                  Function<String, Object> parser) {
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<Object, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                String text = serializer.apply(value);
                if (text == null) {
                    throw new CoercingSerializeException(name + " cannot represent " + value.getClass().getSimpleName());
                }
                return text;
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                if (!(input instanceof String text)) {
                    throw new CoercingParseValueException(name + " is written as a string, not " + input.getClass().getSimpleName());
                }
                try {
                    return parser.apply(text);
                } catch (IllegalArgumentException e) {
                    throw new CoercingParseValueException(e.getMessage(), e);
                }
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (!(input instanceof StringValue string)) {
                    throw new CoercingParseLiteralException(name + " is written as a string");
                }
                try {
                    return parser.apply(string.getValue());
                } catch (IllegalArgumentException e) {
                    throw new CoercingParseLiteralException(e.getMessage(), e);
                }
            }
        }).build();
    }
}
