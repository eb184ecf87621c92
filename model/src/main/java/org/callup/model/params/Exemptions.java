package org.callup.model.params;

/** Which legal grounds for deferral or exemption are in force. Events add or remove them by date. */
public record Exemptions(
        @Param(doc = "Full-time students deferred", source = "timeline-2022.csv 2022-09-24 and 2022-10-05")
        boolean students,

        @Param(doc = "Accredited IT staff exempt", source = "timeline-2022.csv 2022-09-23; seed 001")
        boolean it,

        @Param(doc = "Financial infrastructure staff exempt", source = "timeline-2022.csv 2022-09-23; seed 001")
        boolean finance,

        @Param(doc = "Telecoms staff exempt", source = "timeline-2022.csv 2022-09-23")
        boolean telecom,

        @Param(doc = "'Systemic' state media staff exempt", source = "timeline-2022.csv 2022-09-23; seed 001")
        boolean stateMedia,

        @Param(doc = "The medically unfit exempt", source = "scale-facts.csv standard_exemptions")
        boolean medical,

        @Param(doc = "Fathers of 4+ children and carers exempt", source = "scale-facts.csv standard_exemptions")
        boolean family) {

    public boolean covers(ExemptionCategory c) {
        return switch (c) {
            case STUDENTS -> students;
            case IT -> it;
            case FINANCE -> finance;
            case TELECOM -> telecom;
            case STATE_MEDIA -> stateMedia;
            case MEDICAL -> medical;
            case FAMILY -> family;
        };
    }

    /** Bit mask ({@link ExemptionCategory#bit()}) of the categories in force. */
    public int mask() {
        int m = 0;
        for (ExemptionCategory c : ExemptionCategory.values()) {
            if (covers(c)) {
                m |= c.bit();
            }
        }
        return m;
    }

    public Exemptions with(ExemptionCategory c, boolean on) {
        return new Exemptions(
                c == ExemptionCategory.STUDENTS ? on : students,
                c == ExemptionCategory.IT ? on : it,
                c == ExemptionCategory.FINANCE ? on : finance,
                c == ExemptionCategory.TELECOM ? on : telecom,
                c == ExemptionCategory.STATE_MEDIA ? on : stateMedia,
                c == ExemptionCategory.MEDICAL ? on : medical,
                c == ExemptionCategory.FAMILY ? on : family);
    }
}
