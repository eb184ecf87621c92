package org.callup.model.params;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents one scenario parameter: its valid range, what it means and where its default comes from.
 *
 * <p>It is the single source of truth read by the scenario validator, the JSON Schema generator, the GUI's sliders
 * ({@code domX}/{@code desX}) and the parameter table of {@code docs/ODD.md}. Ranges are inclusive.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Param {
    /** Smallest valid value (numbers only). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest valid value (numbers only). */
    double max() default Double.POSITIVE_INFINITY;

    /** What the parameter means, for a student, in one sentence. */
    String doc();

    /** Where the value comes from: a seed file, a row of the shared data, a paper, or "assumption". */
    String source() default "assumption";
}
