package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.*;
import java.nio.file.*;
import java.util.*;

/** Prints the theme misses of the embedding model on one labelled file (issue 12 sixth round; never run on split 7). */
public class Errors {
    public static void main(String[] a) throws Exception {
        List<LabelledRecord> set = LabelledTsv.read(Files.newBufferedReader(Path.of(a[0])));
        Classifier c = a.length > 1 && a[1].equals("linear") ? Classifier.defaultModel() : Classifier.defaultModelWithEmbeddings();
        for (LabelledRecord r : set) {
            Classification k = c.classify(r.source(), r.text());
            Set<String> fn = new TreeSet<>(r.themes()); fn.removeAll(k.themes());
            Set<String> fp = new TreeSet<>(k.themes()); if (r.themesLabelled()) fp.removeAll(r.themes()); else fp.clear();
            boolean d = k.dissatisfied() != r.dissatisfied();
            if (fn.isEmpty() && fp.isEmpty() && !d) continue;
            double[] z = c.scores(r.source(), r.text());
            StringBuilder zs = new StringBuilder();
            for (String t : fn) zs.append(t).append('=').append(String.format(Locale.ROOT, "%.2f", z[1 + Themes.ALL.indexOf(t)])).append(' ');
            System.out.println(r.id() + " " + r.source() + " gold d=" + (r.dissatisfied()?1:0) + " " + r.themes() + " got d=" + (k.dissatisfied()?1:0) + " " + k.themes()
                + "\n   FN " + fn + " FP " + fp + "  z(fn): " + zs + "\n   " + r.text());
        }
    }
}
