namespace Satisfaction.Analysis;
