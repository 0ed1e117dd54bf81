# an offer file without some of the map's SKUs: the sheet has the rest, and the summary lists what is missing
args: prices import aws tests/data/prices/aws/AmazonECS-eu-central-1.json tests/data/prices/aws/AmazonEKS-eu-central-1.json
status: 0
--- stdout
{
  "$schema": "https://runsheet.invalid/schema/pricing.schema.json",
  "kind": "pricing",
  "provider": "aws",
  "region": "eu-central-1",
  "title": "Amazon Web Services list prices (eu-central-1), imported from the AWS Price List",
  "currency": "USD",
  "note": "Written by runsheet prices import aws from: AmazonECS-eu-central-1.json: AmazonECS offer, published 2026-11-20T00:00:00Z, 6 products (4 kept), 7492 bytes; AmazonEKS-eu-central-1.json: AmazonEKS offer, published 2026-11-20T00:00:00Z, 2 products (1 kept), 2983 bytes. Not in these files, so not in this sheet (a bundled sheet for the same region shows through under --pricing): price.aws.m7g_xlarge_hour, price.aws.m6i_xlarge_hour, price.aws.m5_large_hour, price.aws.g5_xlarge_hour, price.aws.nat_month, price.aws.nat_gb, price.aws.ebs_gb_month, price.aws.egress_gb.",
  "cells": {
    "price": {
      "eks": {
        "cluster_hour": {
          "value": 0.1,
          "unit": "USD/cluster-h",
          "source": "AWS Price List, AmazonEKS offer (AmazonEKS-eu-central-1.json), SKU F6QK2XW8MJ3RT5NA, EUC1-AmazonEKS-Hours:perCluster",
          "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEKS/current/eu-central-1/index.json",
          "as_of": "2026-11-20",
          "description": "EKS control plane, standard support."
        }
      },
      "fargate": {
        "arm_gb_hour": {
          "value": 0.004,
          "unit": "USD/GB-h",
          "source": "AWS Price List, AmazonECS offer (AmazonECS-eu-central-1.json), SKU K5ZV8JD3QH7WN2RB, EUC1-Fargate-ARM-GB-Hours",
          "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonECS/current/eu-central-1/index.json",
          "as_of": "2026-11-20",
          "description": "Fargate Linux/ARM (Graviton) memory."
        },
        "arm_vcpu_hour": {
          "value": 0.04,
          "unit": "USD/vCPU-h",
          "source": "AWS Price List, AmazonECS offer (AmazonECS-eu-central-1.json), SKU C8N4TR6PW2XJ5QEA, EUC1-Fargate-ARM-vCPU-Hours:perCPU",
          "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonECS/current/eu-central-1/index.json",
          "as_of": "2026-11-20",
          "description": "Fargate Linux/ARM (Graviton) vCPU, 20% below x86."
        },
        "gb_hour": {
          "value": 0.005,
          "unit": "USD/GB-h",
          "source": "AWS Price List, AmazonECS offer (AmazonECS-eu-central-1.json), SKU 7HB3MWQ2ZE5KD9VY, EUC1-Fargate-GB-Hours",
          "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonECS/current/eu-central-1/index.json",
          "as_of": "2026-11-20",
          "description": "Fargate Linux/x86 memory.",
          "note": "Fargate bills memory per GB-hour; the model's cell is per GB-hour too."
        },
        "vcpu_hour": {
          "value": 0.05,
          "unit": "USD/vCPU-h",
          "source": "AWS Price List, AmazonECS offer (AmazonECS-eu-central-1.json), SKU 2QF7K9XJ4N8RM3TA, EUC1-Fargate-vCPU-Hours:perCPU",
          "url": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonECS/current/eu-central-1/index.json",
          "as_of": "2026-11-20",
          "description": "Fargate Linux/x86 vCPU."
        }
      }
    }
  }
}
--- stderr
runsheet prices import: standard output: 5 of the map's 13 prices for aws region eu-central-1
  read AmazonECS-eu-central-1.json: AmazonECS offer, published 2026-11-20T00:00:00Z, 6 products (4 kept), 7492 bytes
  read AmazonEKS-eu-central-1.json: AmazonEKS offer, published 2026-11-20T00:00:00Z, 2 products (1 kept), 2983 bytes
not in the files (8), so not in the sheet; under --pricing a bundled sheet for eu-central-1 shows through if there is one:
  price.aws.m7g_xlarge_hour
  price.aws.m6i_xlarge_hour
  price.aws.m5_large_hour
  price.aws.g5_xlarge_hour
  price.aws.nat_month
  price.aws.nat_gb
  price.aws.ebs_gb_month
  price.aws.egress_gb
not mapped: price.aws.alb_month: a monthly estimate from seed 004 of the load balancer's hours and its traffic-dependent capacity units, the same in every region (aws-global.json)
not mapped: price.app_runner.active_vcpu_hour: App Runner takes no new customers since 2026-04-30, so its prices are not imported for new regions
not mapped: price.app_runner.active_gb_hour: App Runner takes no new customers since 2026-04-30
not mapped: price.app_runner.provisioned_gb_hour: App Runner takes no new customers since 2026-04-30
