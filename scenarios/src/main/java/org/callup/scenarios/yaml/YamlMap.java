package org.callup.scenarios.yaml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A YAML mapping with text keys, in file order; duplicate keys are rejected when it is read. */
public record YamlMap(List<Entry> entries, Location location, String path) implements YamlNode {

    /** One key and its value; the key's own position is kept for messages about the key. */
    public record Entry(String key, Location keyLocation, YamlNode value) {}

    public YamlMap {
        entries = List.copyOf(entries);
    }

    public static YamlMap empty(Location location, String path) {
        return new YamlMap(List.of(), location, path);
    }

    public YamlNode get(String key) {
        Entry e = entry(key);
        return e == null ? null : e.value();
    }

    public Entry entry(String key) {
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    public boolean has(String key) {
        return entry(key) != null;
    }

    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        entries.forEach(e -> keys.add(e.key()));
        return keys;
    }

    /** A copy with {@code key} set to {@code value}: replaced in place, or appended. */
    public YamlMap with(String key, Location keyLocation, YamlNode value) {
        List<Entry> out = new ArrayList<>(entries);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).key().equals(key)) {
                out.set(i, new Entry(key, out.get(i).keyLocation(), value));
                return new YamlMap(out, location, path);
            }
        }
        out.add(new Entry(key, keyLocation, value));
        return new YamlMap(out, location, path);
    }

    /** A copy without the given keys. */
    public YamlMap without(Set<String> keys) {
        return new YamlMap(entries.stream().filter(e -> !keys.contains(e.key())).toList(), location, path);
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
