package io.ledgerline.app.simulator;

import io.ledgerline.api.common.Money;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The simulated shop's catalogue: 48 products in 12 categories, priced in CNY, five of the categories
 * returnable only for a quality issue (REF-5: FOOD, COSMETICS, UNDERWEAR, PERSONAL_CARE, CUSTOM). Each is
 * stocked in two or three of four regional warehouses. Skus start with {@code SIM-}, so simulated stock
 * is told apart from real stock at a glance.
 */
final class Catalogue {

    static final List<String> WAREHOUSES = List.of("WH-SHANGHAI", "WH-GUANGZHOU", "WH-BEIJING", "WH-CHENGDU");

    private static final Set<Month> WINTER = EnumSet.of(Month.NOVEMBER, Month.DECEMBER, Month.JANUARY);
    private static final Set<Month> SUMMER = EnumSet.of(Month.MAY, Month.JUNE, Month.JULY, Month.AUGUST);
    private static final Set<Month> MID_AUTUMN = EnumSet.of(Month.AUGUST, Month.SEPTEMBER);
    private static final Set<Month> NEW_YEAR = EnumSet.of(Month.JANUARY, Month.FEBRUARY);
    private static final Set<Month> NONE = Set.of();

    private final List<Product> products = new ArrayList<>();

    Catalogue() {
        add("ELECTRONICS", "Smartphone 5G 256GB", "3999.00", 3, NONE);
        add("ELECTRONICS", "Wireless earbuds", "599.00", 8, NONE);
        add("ELECTRONICS", "Power bank 20000mAh", "149.00", 10, NONE);
        add("ELECTRONICS", "Laptop 14-inch", "6999.00", 1.5, NONE);
        add("HOME", "Air purifier", "1699.00", 2, WINTER);
        add("HOME", "Silk duvet", "899.00", 3, WINTER);
        add("HOME", "LED desk lamp", "159.00", 6, NONE);
        add("HOME", "Storage boxes, set of 3", "89.00", 8, NONE);
        add("KITCHEN", "Rice cooker", "499.00", 4, NONE);
        add("KITCHEN", "Carbon steel wok", "199.00", 5, NONE);
        add("KITCHEN", "Celadon tea set", "268.00", 4, NEW_YEAR);
        add("KITCHEN", "Chef's knife set", "329.00", 3, NONE);
        add("APPAREL", "Down jacket", "899.00", 4, WINTER);
        add("APPAREL", "Slim-fit jeans", "299.00", 7, NONE);
        add("APPAREL", "Cotton T-shirt", "99.00", 12, SUMMER);
        add("APPAREL", "Silk scarf", "399.00", 3, NEW_YEAR);
        add("BOOKS", "Bestselling novel", "45.00", 8, NONE);
        add("BOOKS", "Picture book for children", "39.00", 7, NONE);
        add("BOOKS", "Sichuan cookbook", "78.00", 4, NONE);
        add("BOOKS", "HSK vocabulary guide", "56.00", 4, NONE);
        add("TOYS", "Building blocks, 1000 pieces", "399.00", 4, WINTER);
        add("TOYS", "Plush panda", "129.00", 6, NONE);
        add("TOYS", "Jigsaw puzzle", "69.00", 5, NONE);
        add("TOYS", "Remote-control car", "259.00", 3, NONE);
        add("SPORTS", "Yoga mat", "159.00", 6, SUMMER);
        add("SPORTS", "Running shoes", "699.00", 5, SUMMER);
        add("SPORTS", "Badminton racket", "259.00", 4, SUMMER);
        add("SPORTS", "Insulated water bottle", "89.00", 9, NONE);
        add("FOOD", "Longjing green tea 250g", "188.00", 7, NONE);
        add("FOOD", "Mooncake gift box", "168.00", 2, MID_AUTUMN);
        add("FOOD", "Northeast rice 5kg", "59.00", 9, NONE);
        add("FOOD", "Spicy snack mix", "39.00", 11, NONE);
        add("COSMETICS", "Hydrating serum", "329.00", 5, NONE);
        add("COSMETICS", "Lipstick", "199.00", 6, NONE);
        add("COSMETICS", "Sheet masks, box of 10", "89.00", 9, NONE);
        add("COSMETICS", "Sunscreen SPF50", "139.00", 6, SUMMER);
        add("PERSONAL_CARE", "Electric toothbrush", "299.00", 5, NONE);
        add("PERSONAL_CARE", "Herbal shampoo", "69.00", 9, NONE);
        add("PERSONAL_CARE", "Hand cream trio", "79.00", 6, WINTER);
        add("PERSONAL_CARE", "Hair dryer", "399.00", 3, NONE);
        add("UNDERWEAR", "Cotton socks, 5 pairs", "49.00", 10, NONE);
        add("UNDERWEAR", "Boxer briefs, 3 pack", "99.00", 7, NONE);
        add("UNDERWEAR", "Thermal underwear set", "199.00", 3, WINTER);
        add("UNDERWEAR", "Silk pajamas", "459.00", 2, NONE);
        add("CUSTOM", "Engraved fountain pen", "199.00", 2, NONE);
        add("CUSTOM", "Custom-printed T-shirt", "129.00", 3, NONE);
        add("CUSTOM", "Photo mug", "79.00", 4, NONE);
        add("CUSTOM", "Name seal, carved", "299.00", 1.5, NEW_YEAR);
    }

    List<Product> products() {
        return products;
    }

    /** The dearest products, which business customers buy by the dozen (and which then need a review, ORD-7). */
    List<Product> bulkProducts() {
        return products.stream().filter(product -> product.price().amount().intValue() >= 1500).toList();
    }

    private void add(String category, String name, String price, double popularity, Set<Month> peakMonths) {
        int index = products.size();
        String sku = "SIM-%s-%03d".formatted(category.substring(0, 3), index + 1);
        List<String> warehouses = new ArrayList<>();
        warehouses.add(WAREHOUSES.get(index % WAREHOUSES.size()));
        warehouses.add(WAREHOUSES.get((index + 1) % WAREHOUSES.size()));
        if (popularity >= 6) {
            warehouses.add(WAREHOUSES.get((index + 2) % WAREHOUSES.size()));
        }
        products.add(new Product(sku, name, category, Money.of(price), popularity, peakMonths, List.copyOf(warehouses)));
    }
}
