package org.callup.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callup.scenarios.yaml.YamlList;
import org.callup.scenarios.yaml.YamlMap;
import org.callup.scenarios.yaml.YamlNode;
import org.callup.scenarios.yaml.YamlScalar;

/**
 * Merges an extending file into the tree of the file it extends. Mappings merge key by key, recursively; a value
 * given in the child replaces the parent's. Two lists are special: {@code borders.posts} merge by post id (a child
 * post with the id of a parent post is merged into it, a new id is appended), and {@code timeline} events are
 * appended after the parent's, except that a child event with the id of a parent event replaces it in place.
 * Before merging, the parent's events named in {@code removeEvents} ({@code all} for every one) and posts named in
 * {@code removePosts} are dropped. A child that gives {@code population.regions} or {@code population.regionsFile}
 * replaces the parent's regions together with its {@code regionOverrides}.
 */
final class TreeMerger {
    static final String POSTS_PATH = "borders.posts";
    static final String TIMELINE_PATH = "timeline";
    static final String ALL = "all";
    static final String POPULATION = "population";

    private final Problems problems;

    TreeMerger(Problems problems) {
        this.problems = problems;
    }

    YamlMap merge(YamlMap parent, YamlMap child, YamlNode removeEvents, YamlNode removePosts) {
        YamlMap p = parent;
        if (removeEvents != null) {
            p = removeItems(p, TIMELINE_PATH, removeEvents, "event");
        }
        if (removePosts != null) {
            p = removeItems(p, POSTS_PATH, removePosts, "border post");
        }
        return mergeMaps(p, child, "");
    }

    private YamlMap mergeMaps(YamlMap parent, YamlMap child, String semanticPath) {
        YamlMap out = new YamlMap(parent.entries(), child.location(), child.path());
        for (YamlMap.Entry e : child.entries()) {
            YamlNode mine = parent.get(e.key());
            String path = YamlNode.child(semanticPath, e.key());
            YamlNode merged = e.value();
            if (mine instanceof YamlList pl
                    && e.value() instanceof YamlList cl
                    && (path.equals(POSTS_PATH) || path.equals(TIMELINE_PATH))) {
                merged = mergeById(pl, cl, path.equals(POSTS_PATH));
            } else if (mine instanceof YamlMap pm && e.value() instanceof YamlMap cm) {
                merged = mergeMaps(path.equals(POPULATION) ? withoutInheritedRegions(pm, cm) : pm, cm, path);
            }
            out = out.with(e.key(), e.keyLocation(), merged);
        }
        return out;
    }

    /**
     * Regions are a unit: a child that names its own regions (a list or a table) inherits neither the parent's
     * regions nor its overrides, which were written for the parent's table.
     */
    private static YamlMap withoutInheritedRegions(YamlMap parent, YamlMap child) {
        if (child.has(RegionsReader.LIST) || child.has(RegionsReader.FILE)) {
            return parent.without(java.util.Set.of(RegionsReader.LIST, RegionsReader.FILE, RegionsReader.OVERRIDES));
        }
        return parent;
    }

    /** Items with the id of a parent item replace it (posts: merge into it); others are appended. */
    private YamlList mergeById(YamlList parent, YamlList child, boolean deep) {
        List<YamlNode> items = new ArrayList<>(parent.items());
        for (YamlNode c : child.items()) {
            int at = indexOf(items, idOf(c));
            if (at < 0) {
                items.add(c);
            } else if (deep && items.get(at) instanceof YamlMap pm && c instanceof YamlMap cm) {
                items.set(at, mergeMaps(pm, cm, POSTS_PATH + "[]"));
            } else {
                items.set(at, c);
            }
        }
        return new YamlList(items, child.location(), child.path());
    }

    private YamlMap removeItems(YamlMap root, String listPath, YamlNode spec, String what) {
        String[] keys = listPath.split("\\.");
        YamlNode listNode = find(root, keys);
        List<YamlNode> items = listNode instanceof YamlList l ? new ArrayList<>(l.items()) : new ArrayList<>();
        if (spec instanceof YamlScalar s
                && s.kind() == YamlScalar.Kind.TEXT
                && s.text().equals(ALL)
                && listPath.equals(TIMELINE_PATH)) {
            items.clear();
        } else if (spec instanceof YamlList ids) {
            Map<String, YamlNode> byId = new LinkedHashMap<>();
            items.forEach(i -> {
                if (idOf(i) != null) {
                    byId.put(idOf(i), i);
                }
            });
            for (YamlNode idNode : ids.items()) {
                String id = idNode instanceof YamlScalar s && s.kind() == YamlScalar.Kind.TEXT ? s.text() : null;
                if (id == null) {
                    problems.at(idNode, "expected the id of a " + what + ", got " + idNode.describe());
                } else if (!byId.containsKey(id)) {
                    problems.at(
                            idNode,
                            "the extended scenario has no " + what + " with id '" + id + "'"
                                    + Suggest.didYouMean(id, byId.keySet()));
                } else {
                    items.remove(byId.get(id));
                }
            }
        } else {
            problems.at(
                    spec,
                    "expected a list of ids" + (listPath.equals(TIMELINE_PATH) ? " or 'all'" : "") + ", got "
                            + spec.describe());
            return root;
        }
        if (listNode == null) {
            return root;
        }
        return replace(root, keys, 0, new YamlList(items, listNode.location(), listNode.path()));
    }

    private static YamlMap replace(YamlMap map, String[] keys, int i, YamlNode value) {
        YamlMap.Entry e = map.entry(keys[i]);
        if (i == keys.length - 1) {
            return map.with(keys[i], e.keyLocation(), value);
        }
        return map.with(keys[i], e.keyLocation(), replace((YamlMap) e.value(), keys, i + 1, value));
    }

    static YamlNode find(YamlMap root, String... keys) {
        YamlNode cur = root;
        for (String k : keys) {
            if (!(cur instanceof YamlMap m)) {
                return null;
            }
            cur = m.get(k);
        }
        return cur;
    }

    static String idOf(YamlNode item) {
        if (item instanceof YamlMap m && m.get("id") instanceof YamlScalar s && s.kind() == YamlScalar.Kind.TEXT) {
            return s.text();
        }
        return null;
    }

    private static int indexOf(List<YamlNode> items, String id) {
        if (id == null) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(idOf(items.get(i)))) {
                return i;
            }
        }
        return -1;
    }
}
