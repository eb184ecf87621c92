package org.callup.viz.inspect;

import java.util.List;
import sim.util.Properties;
import sim.util.SimpleProperties;

/**
 * The properties of one inspected object in a chosen order and under readable labels. MASON 18 lists properties in
 * the order reflection happens to return them, which changes between Java versions; a student needs "Quota" before
 * "Days to fill the quota", every time. Numbers are written by {@link Figures}, the same way in every inspector.
 */
public final class PropertyGroup extends Properties {
    private static final long serialVersionUID = 1L;

    private final SimpleProperties inner;
    private final int[] index;
    private final List<Shown> shown;

    public PropertyGroup(Object target, List<Shown> shown) {
        this.object = target;
        this.inner = new SimpleProperties(target);
        this.shown = List.copyOf(shown);
        this.index = new int[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            index[i] = find(shown.get(i).property());
        }
    }

    private int find(String property) {
        for (int j = 0; j < inner.numProperties(); j++) {
            if (inner.getName(j).equals(property)) {
                return j;
            }
        }
        throw new IllegalArgumentException(object.getClass().getSimpleName() + " has no property " + property);
    }

    /** Index of the property shown under {@code label}; throws IllegalArgumentException if there is none. */
    public int indexOf(String label) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no property labelled '" + label + "'");
    }

    @Override
    public boolean isVolatile() {
        return true;
    }

    @Override
    public int numProperties() {
        return index.length;
    }

    @Override
    public String getName(int i) {
        return shown.get(i).label();
    }

    @Override
    public Object getValue(int i) {
        return inner.getValue(index[i]);
    }

    @Override
    public boolean isReadWrite(int i) {
        return inner.isReadWrite(index[i]);
    }

    @Override
    public Class getType(int i) {
        return inner.getType(index[i]);
    }

    @Override
    public Object getDomain(int i) {
        return inner.getDomain(index[i]);
    }

    @Override
    public String getDescription(int i) {
        return inner.getDescription(index[i]);
    }

    @Override
    public boolean isHidden(int i) {
        return false;
    }

    /** What MASON's inspector shows for a value. */
    @Override
    public String betterToString(Object value) {
        return Figures.text(value);
    }

    /** A value typed into an inspector's field; it may hold the thousands separators the field showed. */
    @Override
    public Object setValue(int i, String value) {
        Class<?> t = getType(i);
        boolean numeric = Number.class.isAssignableFrom(t) || t.isPrimitive() && t != boolean.class && t != char.class;
        return super.setValue(i, numeric ? Figures.typed(value) : value);
    }

    @Override
    protected Object _setValue(int i, Object value) {
        return inner.setValue(index[i], value);
    }
}
