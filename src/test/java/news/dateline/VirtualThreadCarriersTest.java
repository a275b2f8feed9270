package news.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The portal's start gives the virtual threads that run requests two carriers a core, and
 * leaves the number alone when the operator set it
 * ({@code -Djdk.virtualThreadScheduler.parallelism}).
 */
class VirtualThreadCarriersTest {

    @Test
    void twoCarriersACoreUnlessTheOperatorChoseTheirNumber() {
        String before = System.getProperty(DatelineApplication.CARRIERS);
        try {
            System.clearProperty(DatelineApplication.CARRIERS);
            DatelineApplication.carriers(2);
            assertThat(System.getProperty(DatelineApplication.CARRIERS)).isEqualTo("4");

            System.setProperty(DatelineApplication.CARRIERS, "3");
            DatelineApplication.carriers(8);
            assertThat(System.getProperty(DatelineApplication.CARRIERS)).isEqualTo("3");
        }
        finally {
            if (before == null) {
                System.clearProperty(DatelineApplication.CARRIERS);
            }
            else {
                System.setProperty(DatelineApplication.CARRIERS, before);
            }
        }
    }

}
