package io.complaintstreams.streams.classification;

import complaintstreams.state.ChasingMark;
import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One service request as the chasing rule sees it: its last known status (in arrival order) and the recent contacts
 * about it, read from and written back to the request's ledger entry. A contact already counted towards a chasing
 * signal is kept (so a repeat is still recognised) but marked spent: after a chasing signal the count starts again,
 * so the 4th and 5th contacts raise nothing and a 6th within the window of the 4th raises the next one.
 */
final class RequestState {
    static final int CHASING_CONTACTS = 3;
    static final int CHASING_WINDOW_WORKING_DAYS = 20;
    private static final Set<String> CLOSED = Set.of("COMPLETED", "CANCELLED");

    /** Last status seen on crm.service-requests; null when the request has not been seen (treated as open). */
    private String status;
    private final List<ChasingMark> contacts;

    RequestState(String status, List<ChasingMark> contacts) {
        this.status = status;
        this.contacts = new ArrayList<>(contacts);
    }

    String status() {
        return status;
    }

    List<ChasingMark> contacts() {
        return List.copyOf(contacts);
    }

    boolean isClosed() {
        return status != null && CLOSED.contains(status);
    }

    void updateStatus(String newStatus) {
        status = newStatus;
        if (isClosed()) {
            contacts.clear();
        }
    }

    /**
     * Counts a contact made on {@code date}; true when it is the 3rd unspent contact within 20 working days
     * (the first of them at most 20 working days before {@code date}), which then spends those contacts.
     */
    boolean countContact(String eventId, LocalDate date, WorkingDayCalendar calendar) {
        contacts.add(new ChasingMark(eventId, date, false));
        LocalDate latest = contacts.stream().map(ChasingMark::getDate).max(LocalDate::compareTo).orElseThrow();
        contacts.removeIf(c -> outsideWindow(c.getDate(), latest, calendar));
        List<ChasingMark> live = contacts.stream()
                .filter(c -> !c.getSpent() && !c.getDate().isAfter(date) && !outsideWindow(c.getDate(), date, calendar))
                .toList();
        if (live.size() < CHASING_CONTACTS) {
            return false;
        }
        contacts.replaceAll(c -> live.contains(c) ? new ChasingMark(c.getEventId(), c.getDate(), true) : c);
        return true;
    }

    private static boolean outsideWindow(LocalDate contactDate, LocalDate asOf, WorkingDayCalendar calendar) {
        return calendar.plusWorkingDays(contactDate, CHASING_WINDOW_WORKING_DAYS).isBefore(asOf);
    }
}
