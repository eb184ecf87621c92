package org.callup.scenarios;

import java.util.List;

/**
 * Validation of scenario files without running them: the full check of the loader, and the JSON Schema of the
 * format for editors (e.g. the YAML language server: {@code # yaml-language-server: $schema=scenario.schema.json}).
 */
public final class ScenarioValidator {
    /** Generated on first use: loading scenarios does not need it. */
    private static final class Schema {
        static final String TEXT = JsonSchemaGenerator.generate();
    }

    private ScenarioValidator() {}

    /**
     * The JSON Schema (draft 2020-12) of scenario files, generated from the model's parameter records: types,
     * required keys, ranges and descriptions from {@code @Param}, enum values, and the event types as a
     * {@code oneOf}. Files with {@code extends} are checked against partial definitions.
     */
    public static String jsonSchema() {
        return Schema.TEXT;
    }

    /** Every problem of a library scenario or scenario file; empty if it is valid. */
    public static List<Problem> validate(String nameOrPath) {
        try {
            ScenarioLibrary.shipped().load(nameOrPath);
            return List.of();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }
}
