package org.callup.viz.gui;

import java.util.List;
import org.callup.viz.inspect.LiveScenario;
import org.callup.viz.inspect.ParamDocs;
import org.callup.viz.inspect.Shown;

/**
 * Protest and repression after Epstein's civil violence model (PNAS 2002): legitimacy lowers grievance, police raise
 * the risk of arrest, the threshold is how much net grievance it takes to go out.
 */
public final class ProtestControls extends ControlBase {
    static final String LEGITIMACY = "protest.legitimacy";
    static final String POLICE = "protest.policePer1000Residents";
    static final String THRESHOLD = "protest.threshold";
    static final String ATTACKS = "protest.attackChancePerDay";

    public ProtestControls(LiveScenario params) {
        super(params);
    }

    @Override
    List<Shown> shown() {
        return List.of(
                new Shown("Legitimacy", "Legitimacy of the authorities"),
                new Shown("Police", "Police per 1000 residents"),
                new Shown("Threshold", "Threshold to protest"),
                new Shown("AttackChance", "Daily chance of an attack"));
    }

    public double getLegitimacy() {
        return number(LEGITIMACY);
    }

    public void setLegitimacy(double v) {
        set(LEGITIMACY, v);
    }

    public Object domLegitimacy() {
        return ParamDocs.range(LEGITIMACY);
    }

    public String desLegitimacy() {
        return ParamDocs.tooltip(LEGITIMACY);
    }

    public double getPolice() {
        return number(POLICE);
    }

    public void setPolice(double v) {
        set(POLICE, v);
    }

    public Object domPolice() {
        return ParamDocs.range(POLICE);
    }

    public String desPolice() {
        return ParamDocs.tooltip(POLICE);
    }

    public double getThreshold() {
        return number(THRESHOLD);
    }

    public void setThreshold(double v) {
        set(THRESHOLD, v);
    }

    public Object domThreshold() {
        return ParamDocs.range(THRESHOLD);
    }

    public String desThreshold() {
        return ParamDocs.tooltip(THRESHOLD);
    }

    public double getAttackChance() {
        return number(ATTACKS);
    }

    public void setAttackChance(double v) {
        set(ATTACKS, v);
    }

    public Object domAttackChance() {
        return ParamDocs.range(ATTACKS);
    }

    public String desAttackChance() {
        return ParamDocs.tooltip(ATTACKS);
    }
}
