package org.pilotboard.reminder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Runs the reminders once a day (pilotboard.reminders.cron, in China's time zone). */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    private final ReminderService reminders;

    public ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    // SKIP: a run that is still going when the next is due (a slow SMTP server) is not run twice on one
    // instance; between instances the database keeps each reminder and e-mail single.
    @Scheduled(
            identity = "reminders",
            cron = "{pilotboard.reminders.cron}",
            timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        ReminderService.RunResult result = reminders.run();
        LOG.infof("Reminders for %s: %s new, %d e-mails sent", result.day(), result.created(), result.emailsSent());
    }
}
