package io.complaintstreams.reporting.quarter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.complaintstreams.reporting.quarter.OmbudsmanOrders.Order;
import io.complaintstreams.reporting.quarter.OmbudsmanOrders.OrderStatus;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OmbudsmanOrdersTest {
    private static final FinancialQuarter Q3 = FinancialQuarter.parse("2025-26-Q3");

    @Test
    void shouldGiveEachOrderDueOrOpenInTheQuarterItsStatusAtTheQuarterEnd() throws Exception {
        String csv = """
                orderId,complaintId,order,due,completed
                O-1,C-1,"Pay £250 compensation, apologise",2025-10-10,2025-10-09
                O-2,C-2,Inspect the roof,2025-11-01,2025-11-20
                O-3,C-3,Review the damp policy,2025-12-01,
                O-4,C-4,Apologise in writing,2026-02-01,
                O-5,C-5,Done long ago,2025-06-01,2025-06-01
                O-6,C-6,Due later but done now,2026-03-01,2025-12-15
                """;
        OmbudsmanOrders orders = OmbudsmanOrders.parse(new StringReader(csv), Q3);
        assertEquals(List.of("O-1", "O-2", "O-3"), orders.orders().stream().map(Order::orderId).toList());
        assertEquals(List.of(OrderStatus.COMPLETED_ON_TIME, OrderStatus.COMPLETED_LATE, OrderStatus.OVERDUE),
                orders.orders().stream().map(Order::status).toList());
        assertEquals("Pay £250 compensation, apologise", orders.orders().get(0).order());
        assertEquals(Map.of("COMPLETED_ON_TIME", 1L, "COMPLETED_LATE", 1L, "OVERDUE", 1L), orders.byStatus());
    }

    @Test
    void shouldCallAnUncompletedOrderNotYetDueOpen() {
        assertEquals(OrderStatus.OPEN, OmbudsmanOrders.statusAt(Q3.lastDay(), null, Q3.lastDay()));
        assertEquals(OrderStatus.OVERDUE, OmbudsmanOrders.statusAt(Q3.lastDay().minusDays(1), null, Q3.lastDay()));
    }

    @Test
    void shouldNameTheBadColumnAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OmbudsmanOrders.parse(new StringReader("due,orderId\n31/12/2025,O-1\n"), Q3));
        assertEquals("ombudsman-orders.csv line 2: due must be YYYY-MM-DD, got '31/12/2025'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OmbudsmanOrders.parse(new StringReader("orderId\nO-1\n"), Q3));
    }
}
