using Classifier.Train.Commands;

return TrainCommand.Create().Parse(args).Invoke();
