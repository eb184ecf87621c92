package org.callup.viz.gui;

import java.util.List;
import org.callup.viz.inspect.LiveScenario;
import org.callup.viz.inspect.ParamDocs;
import org.callup.viz.inspect.Shown;

/** The legal grounds for deferral, one checkbox each (seed 001: IT, banking and state media exempted on 23 Sep). */
public final class ExemptionControls extends ControlBase {
    private static final String P = "recruiters.exemptions.";

    public ExemptionControls(LiveScenario params) {
        super(params);
    }

    @Override
    List<Shown> shown() {
        return List.of(
                new Shown("Medical", "Medically unfit"),
                new Shown("Family", "Fathers of 4+, carers"),
                new Shown("Students", "Full-time students"),
                new Shown("It", "IT staff"),
                new Shown("Finance", "Bank and finance staff"),
                new Shown("Telecom", "Telecoms staff"),
                new Shown("StateMedia", "State media staff"));
    }

    public boolean getMedical() {
        return flag(P + "medical");
    }

    public void setMedical(boolean v) {
        set(P + "medical", v);
    }

    public String desMedical() {
        return ParamDocs.tooltip(P + "medical");
    }

    public boolean getFamily() {
        return flag(P + "family");
    }

    public void setFamily(boolean v) {
        set(P + "family", v);
    }

    public String desFamily() {
        return ParamDocs.tooltip(P + "family");
    }

    public boolean getStudents() {
        return flag(P + "students");
    }

    public void setStudents(boolean v) {
        set(P + "students", v);
    }

    public String desStudents() {
        return ParamDocs.tooltip(P + "students");
    }

    public boolean getIt() {
        return flag(P + "it");
    }

    public void setIt(boolean v) {
        set(P + "it", v);
    }

    public String desIt() {
        return ParamDocs.tooltip(P + "it");
    }

    public boolean getFinance() {
        return flag(P + "finance");
    }

    public void setFinance(boolean v) {
        set(P + "finance", v);
    }

    public String desFinance() {
        return ParamDocs.tooltip(P + "finance");
    }

    public boolean getTelecom() {
        return flag(P + "telecom");
    }

    public void setTelecom(boolean v) {
        set(P + "telecom", v);
    }

    public String desTelecom() {
        return ParamDocs.tooltip(P + "telecom");
    }

    public boolean getStateMedia() {
        return flag(P + "stateMedia");
    }

    public void setStateMedia(boolean v) {
        set(P + "stateMedia", v);
    }

    public String desStateMedia() {
        return ParamDocs.tooltip(P + "stateMedia");
    }
}
