package org.credence.synthetic.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The division table ({@code synthetic/regions.csv}): the 34 province-level divisions and the prefecture-level ones
 * (districts for the four municipalities), weighted by population. Places are the prefecture-level rows plus the
 * provinces that have none listed (Taiwan, Hong Kong, Macao).
 */
final class Regions {

    /** One division: GB/T 2260 code, full name, short name for organisation names, population in 10,000s. */
    record Region(String code, boolean province, String name, String shortName, int population) {}

    private final List<Region> all;
    private final List<Region> places;
    private final Map<String, Region> provinces = new HashMap<>();
    private final WeightedChoice choice;

    private Regions(List<Region> all) {
        this.all = List.copyOf(all);
        all.stream()
                .filter(Region::province)
                .forEach(p -> provinces.put(p.code().substring(0, 2), p));
        List<Region> places = new ArrayList<>();
        for (Region region : all) {
            boolean listedCities = all.stream()
                    .anyMatch(r ->
                            !r.province() && r.code().startsWith(region.code().substring(0, 2)));
            if (!region.province() || !listedCities) {
                places.add(region);
            }
        }
        this.places = List.copyOf(places);
        this.choice = new WeightedChoice(
                places.stream().mapToDouble(Region::population).toArray());
    }

    static Regions load() {
        try (InputStream in = Objects.requireNonNull(
                        Regions.class.getResourceAsStream("/synthetic/regions.csv"), "synthetic/regions.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Region> regions = new ArrayList<>();
            reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("code,") && !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .forEach(f -> regions.add(new Region(f[0], f[1].equals("P"), f[2], f[3], Integer.parseInt(f[4]))));
            return new Regions(regions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Region> all() {
        return all;
    }

    /** The places people live and organisations register, in table order. */
    List<Region> places() {
        return places;
    }

    /** Index into {@link #places()}, drawn by population. */
    int nextPlace(SplittableRandom random) {
        return choice.next(random);
    }

    Region place(int index) {
        return places.get(index);
    }

    /** The province a division belongs to. */
    Region provinceOf(Region region) {
        return Objects.requireNonNull(provinces.get(region.code().substring(0, 2)));
    }
}
