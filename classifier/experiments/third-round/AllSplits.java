import io.complaintstreams.classifier.*;
import io.complaintstreams.classifier.corpus.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
/** Prints d / t / a for every split in one JVM (issue 12 third round). Run: see README-classifier "Third round". */
public class AllSplits {
  static List<LabelledRecord> f(String p) throws Exception { return LabelledTsv.read(Files.newBufferedReader(Path.of(p))); }
  public static void main(String[] a) throws Exception {
    String W = a.length > 0 ? a[0] : "classifier/src/test/resources/";
    String realDev = a.length > 1 ? a[1] : "../shared/golden/classify_real_dev.tsv";
    long t0=System.nanoTime();
    Classifier c = Classifier.defaultModel();
    System.out.printf("train %.1fs%n",(System.nanoTime()-t0)/1e9);
    List<LabelledRecord> syn = f(W+"golden/classify_dev.tsv").stream().filter(r->DevSplit.isHeldOut(r.id())).toList();
    Object[][] sets = {{"synthetic",syn},{"calib",TrainingCorpus.calibration()},{"realdev",f(realDev)},
      {"own1",f(W+"real_style/real_style_heldout.tsv")},{"own2",f(W+"real_style/real_style_heldout_2.tsv")},{"own3",f(W+"real_style/real_style_heldout_3.tsv")},{"own4",f(W+"real_style/real_style_heldout_4.tsv")}};
    for (Object[] s: sets) { @SuppressWarnings("unchecked") List<LabelledRecord> l=(List<LabelledRecord>)s[1]; Evaluation e=Evaluation.of(c,l);
      System.out.printf("%-9s %.3f / %.3f / %.3f  (tp %d fp %d fn %d)%n", s[0], e.dissatisfiedF1(), e.themeMicroF1(), e.actionAccuracy(), e.themeTruePositives(), e.themeFalsePositives(), e.themeFalseNegatives()); }
  }
}
