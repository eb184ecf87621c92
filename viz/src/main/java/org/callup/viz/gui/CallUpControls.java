package org.callup.viz.gui;

import java.util.List;
import org.callup.viz.inspect.LiveScenario;
import org.callup.viz.inspect.ParamDocs;
import org.callup.viz.inspect.Shown;

/**
 * The state's side of the call-up, as a student moves it: the quota, how hard the commissariats search, and how
 * many legal grounds for exemption are honoured.
 */
public final class CallUpControls extends ControlBase {
    static final String QUOTA = "recruiters.nationalQuotaPersons";
    static final String PLAN_DAYS = "recruiters.planDays";
    static final String RAID = "recruiters.channels.raid.intensity";
    static final String CAMERAS = "recruiters.channels.facial.intensity";
    static final String ELECTRONIC = "recruiters.channels.electronic.intensity";
    static final String AT_BORDER = "recruiters.channels.border.intensity";
    static final String ERRORS = "recruiters.errorRateBase";
    /** Grounds for exemption, from the most to the least established; "breadth" honours the first n of them. */
    static final List<String> GROUNDS =
            List.of("medical", "family", "students", "it", "finance", "telecom", "stateMedia");

    private static final String[] BREADTH = {
        "none",
        "medically unfit only",
        "+ fathers of 4, carers",
        "+ students",
        "+ IT staff",
        "+ bank staff",
        "+ telecoms staff",
        "+ state media (all seven)"
    };

    public CallUpControls(LiveScenario params) {
        super(params);
    }

    @Override
    List<Shown> shown() {
        return List.of(
                new Shown("Quota", "National quota, men"),
                new Shown("PlanDays", "Days to fill the quota"),
                new Shown("ExemptionBreadth", "Exemption breadth"),
                new Shown("RaidIntensity", "Raid intensity"),
                new Shown("CameraIntensity", "Face recognition intensity"),
                new Shown("ElectronicSummons", "Electronic summons intensity"),
                new Shown("SummonsAtBorder", "Summons at the border, intensity"),
                new Shown("MistakenSummons", "Mistaken summons rate"));
    }

    public long getQuota() {
        return (long) number(QUOTA);
    }

    public void setQuota(long v) {
        set(QUOTA, v);
    }

    public Object domQuota() {
        return ParamDocs.wholeRange(QUOTA);
    }

    public String desQuota() {
        return ParamDocs.tooltip(QUOTA);
    }

    public int getPlanDays() {
        return (int) number(PLAN_DAYS);
    }

    public void setPlanDays(int v) {
        set(PLAN_DAYS, v);
    }

    public Object domPlanDays() {
        return ParamDocs.wholeRange(PLAN_DAYS);
    }

    public String desPlanDays() {
        return ParamDocs.tooltip(PLAN_DAYS);
    }

    /** How many of {@link #GROUNDS} are honoured, counted from the first until one is not. */
    public int getExemptionBreadth() {
        int n = 0;
        while (n < GROUNDS.size() && flag("recruiters.exemptions." + GROUNDS.get(n))) {
            n++;
        }
        return n;
    }

    public void setExemptionBreadth(int n) {
        for (int i = 0; i < GROUNDS.size(); i++) {
            String path = "recruiters.exemptions." + GROUNDS.get(i);
            boolean on = i < n;
            if (on != flag(path)) {
                set(path, on);
            }
        }
        params.describeLastChange("exemptions: " + BREADTH[Math.max(0, Math.min(n, GROUNDS.size()))]);
    }

    public Object domExemptionBreadth() {
        return BREADTH.clone();
    }

    public String desExemptionBreadth() {
        return "<html>Legal grounds for deferral the commissariats honour, added in this order: the medically unfit,"
                + "<br>fathers of four and carers, full-time students, then the occupations exempted on 23 Sep 2022"
                + "<br>(IT, banking, telecoms, state media). The Exemptions box sets them one by one."
                + "<br><i>A change applies from the next day.</i></html>";
    }

    public double getRaidIntensity() {
        return number(RAID);
    }

    public void setRaidIntensity(double v) {
        set(RAID, v);
    }

    public Object domRaidIntensity() {
        return ParamDocs.range(RAID);
    }

    public String desRaidIntensity() {
        return ParamDocs.tooltip(RAID);
    }

    public double getCameraIntensity() {
        return number(CAMERAS);
    }

    public void setCameraIntensity(double v) {
        set(CAMERAS, v);
    }

    public Object domCameraIntensity() {
        return ParamDocs.range(CAMERAS);
    }

    public String desCameraIntensity() {
        return ParamDocs.tooltip(CAMERAS);
    }

    public double getElectronicSummons() {
        return number(ELECTRONIC);
    }

    public void setElectronicSummons(double v) {
        set(ELECTRONIC, v);
    }

    public Object domElectronicSummons() {
        return ParamDocs.range(ELECTRONIC);
    }

    public String desElectronicSummons() {
        return ParamDocs.tooltip(ELECTRONIC);
    }

    public double getSummonsAtBorder() {
        return number(AT_BORDER);
    }

    public void setSummonsAtBorder(double v) {
        set(AT_BORDER, v);
    }

    public Object domSummonsAtBorder() {
        return ParamDocs.range(AT_BORDER);
    }

    public String desSummonsAtBorder() {
        return ParamDocs.tooltip(AT_BORDER);
    }

    public double getMistakenSummons() {
        return number(ERRORS);
    }

    public void setMistakenSummons(double v) {
        set(ERRORS, v);
    }

    public Object domMistakenSummons() {
        return ParamDocs.range(ERRORS);
    }

    public String desMistakenSummons() {
        return ParamDocs.tooltip(ERRORS);
    }
}
