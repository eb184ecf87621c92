package org.callup.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.callup.model.timeline.PolicyEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated schema accepts every shipped file and its resolved form, and rejects what the loader rejects. */
class JsonSchemaTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static JsonNode schemaJson;
    private static JsonSchema schema;

    @BeforeAll
    static void compile() throws IOException {
        schemaJson = new ObjectMapper().readTree(ScenarioValidator.jsonSchema());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(ScenarioValidator.jsonSchema());
    }

    static java.util.List<String> names() {
        return ScenarioLibrary.shipped().names();
    }

    private static Set<ValidationMessage> validate(String yaml) throws IOException {
        return schema.validate(YAML.readTree(yaml));
    }

    @ParameterizedTest
    @MethodSource("names")
    void shippedFileValidates(String name) throws IOException {
        String text = Files.readString(Path.of("src/main/resources/scenarios", name + ".yaml"));
        assertEquals(Set.of(), validate(text));
    }

    @ParameterizedTest
    @MethodSource("names")
    void resolvedFormValidatesAsACompleteFile(String name) throws IOException, ScenarioException {
        assertEquals(Set.of(), validate(ScenarioLibrary.shipped().load(name).resolvedYaml()));
    }

    @Test
    void rejectsAnUnknownKeyAnOutOfRangeValueAndAnUnknownEventType() throws IOException {
        assertFalse(validate(ScenarioFiles.extending("recruiters: {channels: {raid: {intensty: 2}}}"))
                .isEmpty());
        assertFalse(
                validate(ScenarioFiles.extending("protest: {legitimacy: 1.5}")).isEmpty());
        assertFalse(validate(ScenarioFiles.extending("timeline: [{date: 2022-09-22, type: announcewave}]"))
                .isEmpty());
        assertFalse(validate(ScenarioFiles.extending("seed: 1.5")).isEmpty());
    }

    @Test
    void aFileWithoutExtendsMustBeComplete() throws IOException {
        assertFalse(validate("name: x\nstartDate: 2022-09-14\n").isEmpty());
    }

    @Test
    void rangesAndDocsComeFromTheParamAnnotations() {
        JsonNode legitimacy = schemaJson.at("/$defs/ProtestParams/properties/legitimacy");
        assertEquals("number", legitimacy.get("type").asText());
        assertEquals(0.0, legitimacy.get("minimum").asDouble());
        assertEquals(1.0, legitimacy.get("maximum").asDouble());
        assertTrue(legitimacy.get("description").asText().startsWith("Legitimacy of the authorities"));
        assertEquals(
                "integer",
                schemaJson.at("/$defs/RecruiterParams/properties/planDays/type").asText());
        assertEquals(
                "state_media",
                schemaJson
                        .at("/$defs/event.addExemption/properties/category/enum/4")
                        .asText());
    }

    @Test
    void everyEventTypeIsOneOfTheTimelineItems() {
        assertEquals(
                PolicyEvent.class.getPermittedSubclasses().length,
                schemaJson.at("/$defs/PolicyEvent/oneOf").size());
        assertEquals(
                "announceWave",
                schemaJson.at("/$defs/event.announceWave/properties/type/const").asText());
    }
}
