package org.callup.scenarios.yaml;

/**
 * How much a {@link SafeYamlReader} accepts before it refuses a file. Each file format sets them well above what a
 * real file needs and far below what would exhaust memory or time.
 *
 * @param maxDepth   deepest nesting of mappings and lists, at least 1
 * @param maxValues  most values (mappings, lists and scalars) in the file, at least 1
 * @param maxBytes   longest text, in characters, at least 1 and below {@link Integer#MAX_VALUE}
 * @param maxAliases most aliases SnakeYAML would expand into a collection; aliases are refused while reading, so
 *                   this is only a second line of defence, at least 0
 */
public record YamlLimits(int maxDepth, int maxValues, int maxBytes, int maxAliases) {

    public YamlLimits {
        if (maxDepth < 1 || maxValues < 1 || maxBytes < 1 || maxBytes == Integer.MAX_VALUE || maxAliases < 0) {
            throw new IllegalArgumentException("limits must be positive (aliases: not negative): depth " + maxDepth
                    + ", values " + maxValues + ", bytes " + maxBytes + ", aliases " + maxAliases);
        }
    }
}
