package org.pilotboard.region;

import java.util.List;

/** The shape of the shipped file {@code dataset/regions.json}. */
public record RegionDataset(int version, List<RegionViews.RegionWrite> regions) {}
