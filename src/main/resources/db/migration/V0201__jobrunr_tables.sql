-- JobRunr's own tables (it keeps the media jobs, decision 0009), created here rather than by JobRunr at start-up:
-- the application connects as a role that may not create tables (jobrunr.database.skip-create=true). This is the
-- state JobRunr 8.7's PostgreSQL migrations v000-v016 (org/jobrunr/storage/sql/common and .../postgres in its jar)
-- leave behind, and their rows in jobrunr_migrations, so JobRunr sees its schema as complete. A JobRunr upgrade
-- that adds a migration needs a Flyway migration with its DDL, and a row here.

create table jobrunr_migrations
(
    id          nchar(36) primary key,
    script      varchar(64) not null,
    installedOn varchar(29) not null
);

create table jobrunr_jobs
(
    id             nchar(36) primary key,
    version        int          not null,
    jobAsJson      text         not null,
    jobSignature   varchar(512) not null,
    state          varchar(36)  not null,
    createdAt      timestamp    not null,
    updatedAt      timestamp    not null,
    scheduledAt    timestamp,
    recurringJobId varchar(128)
);
create index jobrunr_state_idx on jobrunr_jobs (state);
create index jobrunr_job_signature_idx on jobrunr_jobs (jobSignature);
create index jobrunr_job_created_at_idx on jobrunr_jobs (createdAt);
create index jobrunr_job_scheduled_at_idx on jobrunr_jobs (scheduledAt);
create index jobrunr_job_rci_idx on jobrunr_jobs (recurringJobId);
create index jobrunr_jobs_state_updated_idx on jobrunr_jobs (state asc, updatedAt asc);

create table jobrunr_recurring_jobs
(
    id        nchar(128) primary key,
    version   int    not null,
    jobAsJson text   not null,
    createdAt bigint not null default '0'
);
create index jobrunr_recurring_job_created_at_idx on jobrunr_recurring_jobs (createdAt);

create table jobrunr_backgroundjobservers
(
    id                         nchar(36) primary key,
    workerPoolSize             int           not null,
    pollIntervalInSeconds      int           not null,
    firstHeartbeat             timestamp(6)  not null,
    lastHeartbeat              timestamp(6)  not null,
    running                    int           not null,
    systemTotalMemory          bigint        not null,
    systemFreeMemory           bigint        not null,
    systemCpuLoad              numeric(3, 2) not null,
    processMaxMemory           bigint        not null,
    processFreeMemory          bigint        not null,
    processAllocatedMemory     bigint        not null,
    processCpuLoad             numeric(3, 2) not null,
    deleteSucceededJobsAfter   varchar(32),
    permanentlyDeleteJobsAfter varchar(32),
    name                       varchar(128)
);
create index jobrunr_bgjobsrvrs_fsthb_idx on jobrunr_backgroundjobservers (firstHeartbeat);
create index jobrunr_bgjobsrvrs_lsthb_idx on jobrunr_backgroundjobservers (lastHeartbeat);

create table jobrunr_metadata
(
    id        varchar(156) primary key,
    name      varchar(92) not null,
    owner     varchar(64) not null,
    value     text        not null,
    createdAt timestamp   not null,
    updatedAt timestamp   not null
);
insert into jobrunr_metadata (id, name, owner, value, createdAt, updatedAt)
values ('succeeded-jobs-counter-cluster', 'succeeded-jobs-counter', 'cluster', '0', current_timestamp,
        current_timestamp);

create view jobrunr_jobs_stats
as
with job_stat_results as (select state, count(*) as count
    from jobrunr_jobs
    group by state
)
select coalesce((select sum(job_stat_results.count) from job_stat_results), 0)                            as total,
       coalesce((select sum(job_stat_results.count) from job_stat_results where state = 'AWAITING'), 0)   as awaiting,
       coalesce((select sum(job_stat_results.count) from job_stat_results where state = 'SCHEDULED'), 0)  as scheduled,
       coalesce((select sum(job_stat_results.count) from job_stat_results where state = 'ENQUEUED'), 0)   as enqueued,
       coalesce((select sum(job_stat_results.count) from job_stat_results where state = 'PROCESSING'), 0) as processing,
       coalesce((select sum(job_stat_results.count) from job_stat_results where state = 'PROCESSED'), 0)  as processed,
       coalesce((select sum(job_stat_results.count) from job_stat_results where state = 'FAILED'), 0)     as failed,
       coalesce((select sum(job_stat_results.count) from job_stat_results where state = 'SUCCEEDED'), 0)  as succeeded,
       coalesce((select cast(cast(value as char(10)) as decimal(10, 0))
                 from jobrunr_metadata jm
                 where jm.id = 'succeeded-jobs-counter-cluster'),
                0)                                                                                        as allTimeSucceeded,
       coalesce((select sum(job_stat_results.count) from job_stat_results where state = 'DELETED'), 0)    as deleted,
       (select count(*) from jobrunr_backgroundjobservers)                                                as nbrOfBackgroundJobServers,
       (select count(*) from jobrunr_recurring_jobs)                                                      as nbrOfRecurringJobs;

insert into jobrunr_migrations (id, script, installedOn)
select gen_random_uuid()::text, script, to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.US')
from (values ('v000__create_migrations_table.sql'), ('v001__create_job_table.sql'),
             ('v002__create_recurring_job_table.sql'), ('v003__create_background_job_server_table.sql'),
             ('v004__create_job_stats_view.sql'), ('v005__update_job_stats_view.sql'),
             ('v006__alter_table_jobs_add_recurringjob.sql'),
             ('v007__alter_table_backgroundjobserver_add_delete_config.sql'),
             ('v008__alter_table_jobs_increase_jobAsJson_size.sql'),
             ('v009__change_jobrunr_job_counters_to_jobrunr_metadata.sql'), ('v010__change_job_stats.sql'),
             ('v011__change_sqlserver_text_to_varchar.sql'),
             ('v012__change_oracle_alter_jobrunr_metadata_column_size.sql'),
             ('v013__alter_table_recurring_job_add_createdAt.sql'), ('v014__improve_job_stats.sql'),
             ('v015__alter_table_backgroundjobserver_add_name.sql'),
             ('v016__alter_jobs_stats_add_awaiting_jobs.sql')) as applied (script);
