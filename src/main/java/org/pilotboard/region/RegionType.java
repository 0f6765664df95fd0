package org.pilotboard.region;

/** The plan's kinds of pilot area (城市群, 都市圈, 中心城市) plus 城市副中心. */
@SuppressWarnings("java:S115") // constants are the API's lower_snake words
public enum RegionType {
    city_cluster,
    metropolitan_area,
    central_city,
    sub_centre
}
