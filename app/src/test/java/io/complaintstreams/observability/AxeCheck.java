package io.complaintstreams.observability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's Selenium binding, which bundles axe.min.js) run inside the page the driver shows, against the rules
 * tagged WCAG 2.0, 2.1 and 2.2 A and AA: what automated checks can judge of WCAG 2.2 AA. Fails listing each violation
 * with the elements it found.
 */
final class AxeCheck {
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private AxeCheck() {
    }

    /** Runs axe on the current page; fails with every violation, names the page in the message. */
    static Results assertNoViolations(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).disableIframeTesting().analyze(driver);
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), "accessibility violations on " + page + ":\n" + describe(violations));
        assertTrue(!results.getPasses().isEmpty(), "axe ran its rules on " + page);
        return results;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().limit(5).map(AxeCheck::node).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String node(CheckedNode n) {
        return "    " + n.getTarget() + " " + n.getHtml() + (n.getFailureSummary() == null ? "" : " -- " + n.getFailureSummary().replace('\n', ' '));
    }
}
