package org.callup.scenarios;

import java.util.List;

/** A YAML sequence. */
record YamlList(List<YamlNode> items, Location location, String path) implements YamlNode {

    YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
