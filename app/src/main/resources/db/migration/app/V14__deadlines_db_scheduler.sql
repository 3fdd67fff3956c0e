-- Deadlines (ORD-6, ORD-11, ORD-12) as db-scheduler keeps them (D56): one row per pending deadline, claimed by one
-- node when it falls due, deleted once handled. db-scheduler's PostgreSQL layout, except that task_data is jsonb
-- (Axon's human-readable deadline details) so operators can read it. Quartz's qrtz_ tables (V2) stay, unused once
-- the app has moved their pending deadlines here at startup (QuartzDeadlineMove).

create table scheduled_tasks
(
  task_name            text                     not null,
  task_instance        text                     not null,
  task_data            jsonb,
  execution_time       timestamp with time zone not null,
  picked               boolean                  not null,
  picked_by            text,
  last_success         timestamp with time zone,
  last_failure         timestamp with time zone,
  consecutive_failures int,
  last_heartbeat       timestamp with time zone,
  version              bigint                   not null,
  priority             smallint,
  primary key (task_name, task_instance)
);

create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
