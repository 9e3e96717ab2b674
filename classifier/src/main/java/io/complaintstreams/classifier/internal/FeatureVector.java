package io.complaintstreams.classifier.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Sparse features of one text (64-bit keys and values), with names when asked for, and rule reasons. */
public final class FeatureVector {
    private long[] keys;
    private float[] values;
    private final List<String> names;
    private List<String> ruleReasons = List.of();
    private int size;
    private RuleEvidence evidence = RuleEvidence.NONE;
    /** Themes an implied-theme kind tagged (bit t: {@code Themes.ALL.get(t)}), and why, by theme. */
    private int impliedThemes;
    private String[] impliedBy;

    FeatureVector(boolean withNames, int capacity) {
        this.names = withNames ? new ArrayList<>() : null;
        keys = new long[Math.max(16, capacity)];
        values = new float[keys.length];
    }

    void add(long key, float value, String name) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        size++;
        if (names != null) {
            names.add(name);
        }
    }

    void addReason(String reason) {
        if (ruleReasons.isEmpty()) {
            ruleReasons = new ArrayList<>(4);
        }
        ruleReasons.add(reason);
    }

    void imply(int theme, String why) {
        if ((impliedThemes & (1 << theme)) != 0) {
            return;
        }
        if (impliedBy == null) {
            impliedBy = new String[io.complaintstreams.classifier.Themes.ALL.size()];
        }
        impliedThemes |= 1 << theme;
        impliedBy[theme] = why;
    }

    /**
     * Whether an implied-theme kind ({@code implied:} cues of {@code lexicons.txt}) tagged theme {@code theme} (an index
     * into {@code Themes.ALL}): the text implies it without naming it.
     */
    public boolean implies(int theme) {
        return (impliedThemes & (1 << theme)) != 0;
    }

    /** The kind and words that implied theme {@code theme}, or null. */
    public String impliedBy(int theme) {
        return impliedBy == null ? null : impliedBy[theme];
    }

    void setEvidence(RuleEvidence evidence) {
        this.evidence = evidence;
    }

    /** What the rules found, for deciding whether a person should look (conflicting evidence). */
    public RuleEvidence evidence() {
        return evidence;
    }

    public int size() {
        return size;
    }

    public long key(int i) {
        return keys[i];
    }

    public float value(int i) {
        return values[i];
    }

    /** Feature names (only when built with names, i.e. while training). */
    public String name(int i) {
        return names == null ? null : names.get(i);
    }

    /** Rules that fired, as short strings naming the words that fired them. */
    public List<String> ruleReasons() {
        return ruleReasons;
    }
}
