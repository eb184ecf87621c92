package org.callup.report;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads callup's YAML files for display: plain maps, lists and scalars, with dates kept as written
 * ({@code 2022-09-21}, not a time stamp in the machine's zone).
 */
final class PlainYaml {
    private PlainYaml() {}

    /** The top-level map of {@code text}, or null when it is not a map. */
    static Map<String, Object> map(String text) {
        LoaderOptions options = new LoaderOptions();
        DumperOptions dump = new DumperOptions();
        Object tree =
                new Yaml(new SafeConstructor(options), new Representer(dump), dump, options, new NoDates()).load(text);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = tree instanceof Map<?, ?> ? (Map<String, Object>) tree : null;
        return m;
    }

    /** SnakeYAML's implicit types without the time stamp. */
    private static final class NoDates extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
