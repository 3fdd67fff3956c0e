package io.ledgerline.app.simulator;

import java.util.List;

/**
 * Where customers live: a province (or municipality) of mainland China, how much of the shop's trade it
 * brings (weight), its cities with their postal codes, the warehouse nearest to it and how many days a
 * parcel usually travels there from elsewhere.
 */
record Province(String name, int weight, List<City> cities, String nearestWarehouse, int transitDays) {

    record City(String name, String postalCode) {
    }

    static final List<Province> ALL = List.of(
            new Province("Guangdong", 14, List.of(new City("Guangzhou", "510000"), new City("Shenzhen", "518000"),
                    new City("Dongguan", "523000")), "WH-GUANGZHOU", 2),
            new Province("Zhejiang", 10, List.of(new City("Hangzhou", "310000"), new City("Ningbo", "315000")),
                    "WH-SHANGHAI", 2),
            new Province("Jiangsu", 10, List.of(new City("Nanjing", "210000"), new City("Suzhou", "215000")),
                    "WH-SHANGHAI", 2),
            new Province("Shanghai", 7, List.of(new City("Shanghai", "200000")), "WH-SHANGHAI", 2),
            new Province("Beijing", 6, List.of(new City("Beijing", "100000")), "WH-BEIJING", 2),
            new Province("Shandong", 7, List.of(new City("Jinan", "250000"), new City("Qingdao", "266000")),
                    "WH-BEIJING", 2),
            new Province("Fujian", 5, List.of(new City("Fuzhou", "350000"), new City("Xiamen", "361000")),
                    "WH-GUANGZHOU", 2),
            new Province("Sichuan", 6, List.of(new City("Chengdu", "610000"), new City("Mianyang", "621000")),
                    "WH-CHENGDU", 3),
            new Province("Henan", 5, List.of(new City("Zhengzhou", "450000")), "WH-BEIJING", 2),
            new Province("Hubei", 5, List.of(new City("Wuhan", "430000")), "WH-SHANGHAI", 2),
            new Province("Hunan", 4, List.of(new City("Changsha", "410000")), "WH-GUANGZHOU", 2),
            new Province("Anhui", 3, List.of(new City("Hefei", "230000")), "WH-SHANGHAI", 2),
            new Province("Hebei", 3, List.of(new City("Shijiazhuang", "050000")), "WH-BEIJING", 2),
            new Province("Shaanxi", 3, List.of(new City("Xi'an", "710000")), "WH-CHENGDU", 3),
            new Province("Chongqing", 3, List.of(new City("Chongqing", "400000")), "WH-CHENGDU", 3),
            new Province("Tianjin", 2, List.of(new City("Tianjin", "300000")), "WH-BEIJING", 2),
            new Province("Liaoning", 3, List.of(new City("Shenyang", "110000"), new City("Dalian", "116000")),
                    "WH-BEIJING", 3),
            new Province("Yunnan", 2, List.of(new City("Kunming", "650000")), "WH-CHENGDU", 4),
            new Province("Guangxi", 2, List.of(new City("Nanning", "530000")), "WH-GUANGZHOU", 3),
            new Province("Xinjiang", 1, List.of(new City("Urumqi", "830000")), "WH-CHENGDU", 5));
}
