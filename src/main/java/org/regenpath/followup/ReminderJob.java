package org.regenpath.followup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the follow-up reminders on {@code regenpath.followup.reminder-cron} (hourly by default; {@code -} is off). */
@Component
@EnableScheduling
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final FollowupReminders reminders;

    ReminderJob(FollowupReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${regenpath.followup.reminder-cron:0 0 * * * *}")
    void run() {
        int sent = reminders.sendDue();
        if (sent > 0) {
            log.info("Follow-up reminders recorded: {}", sent);
        }
    }
}
