-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "change" TEXT NOT NULL,
    "dateStart" TEXT NOT NULL,
    "dateEnd" TEXT,
    "datePrecision" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" TEXT,
    "sector" TEXT,
    "economies" TEXT NOT NULL DEFAULT '|',
    "searchText" TEXT NOT NULL,
    "negotiationId" TEXT,
    "roundId" TEXT,
    "milestoneId" TEXT,
    "tariffMeasureId" TEXT,

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TimelineEvent_dateStart_id_idx" ON "TimelineEvent"("dateStart", "id");

-- CreateIndex
CREATE INDEX "TimelineEvent_negotiationId_dateStart_idx" ON "TimelineEvent"("negotiationId", "dateStart");

-- CreateIndex
CREATE INDEX "TimelineEvent_roundId_idx" ON "TimelineEvent"("roundId");

-- CreateIndex
CREATE INDEX "TimelineEvent_milestoneId_idx" ON "TimelineEvent"("milestoneId");

-- CreateIndex
CREATE INDEX "TimelineEvent_tariffMeasureId_idx" ON "TimelineEvent"("tariffMeasureId");
