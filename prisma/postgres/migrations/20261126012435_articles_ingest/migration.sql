-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "html" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ArticleExtraction" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "factCount" INTEGER NOT NULL,
    "reviewStatus" TEXT NOT NULL DEFAULT 'pending',
    "extractedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,

    CONSTRAINT "ArticleExtraction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "id" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "response" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleExtraction_articleId_extractedAt_idx" ON "ArticleExtraction"("articleId", "extractedAt");

-- CreateIndex
CREATE INDEX "ArticleExtraction_reviewStatus_extractedAt_idx" ON "ArticleExtraction"("reviewStatus", "extractedAt");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

-- AddForeignKey
ALTER TABLE "ArticleExtraction" ADD CONSTRAINT "ArticleExtraction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
