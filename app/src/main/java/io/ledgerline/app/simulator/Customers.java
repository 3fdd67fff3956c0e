package io.ledgerline.app.simulator;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.PaymentMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The simulated customer base: a few hundred to tens of thousands of people across the provinces, each
 * with a home address, a favourite channel and payment method. A few order often, most now and then
 * (activity falls with rank, as in real shops). Ids start with {@code sim-customer-}.
 */
final class Customers {

    private static final String[] SURNAMES = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
            "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao"};
    private static final String[] GIVEN_NAMES = {"Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Jun", "Yan",
            "Jie", "Tao", "Ming", "Chao", "Xiu", "Hui", "Ping", "Gang", "Xin", "Yu", "Hao", "Ting", "Lan", "Yi", "Bo"};
    private static final String[] ROADS = {"Renmin", "Jiefang", "Zhongshan", "Jianshe", "Heping", "Xinhua", "Wenhua",
            "Changjiang", "Huaihai", "Binjiang", "Dongfeng", "Yingbin"};
    private static final String[] PHONE_PREFIXES = {"130", "135", "136", "137", "138", "139", "150", "151", "158",
            "177", "186", "188", "199"};

    private final List<Customer> customers = new ArrayList<>();
    private final double[] cumulativeActivity;

    Customers(int count, Random random) {
        for (int i = 0; i < count; i++) {
            Province province = Weighted.pick(random, Province.ALL, Province::weight);
            Province.City city = province.cities().get(random.nextInt(province.cities().size()));
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + " " + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)]
                    + (random.nextBoolean() ? "" : GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)].toLowerCase());
            String phone = PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)]
                    + "%08d".formatted(random.nextInt(100_000_000));
            String line = "%d %s Road, Building %d, Room %d%02d".formatted(1 + random.nextInt(300),
                    ROADS[random.nextInt(ROADS.length)], 1 + random.nextInt(20), 1 + random.nextInt(30),
                    1 + random.nextInt(8));
            Address address = new Address(name, phone, province.name(), city.name(), line, city.postalCode());
            Channel channel = Weighted.pick(random, new int[] {18, 34, 24, 8, 16}, Channel.WEB, Channel.MOBILE_APP,
                    Channel.MINI_PROGRAM, Channel.SOCIAL, Channel.MARKETPLACE);
            PaymentMethod payment = Weighted.pick(random, new int[] {68, 6, 16, 10}, PaymentMethod.ONLINE,
                    PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH_ON_DELIVERY, PaymentMethod.BALANCE);
            double activity = 1 / Math.pow(1 + i, 0.8);
            customers.add(new Customer("sim-customer-%06d".formatted(i + 1), address, province, channel, payment,
                    activity));
        }
        cumulativeActivity = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += customers.get(i).activity();
            cumulativeActivity[i] = sum;
        }
    }

    /** A customer, the more active ones more often. */
    Customer pick(Random random) {
        double roll = random.nextDouble() * cumulativeActivity[cumulativeActivity.length - 1];
        int index = Arrays.binarySearch(cumulativeActivity, roll);
        return customers.get(Math.min(customers.size() - 1, index >= 0 ? index : -index - 1));
    }
}
